package io.capitalist4j.application.port.out.journal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The durable record of which payment numbers were sent, keyed by (login, payment number), so that no number
 * is uploaded twice across threads, processes, restarts and crashes.
 *
 * <p>Life of a number: {@link #claim} commits it as {@code in-doubt} before the first byte of the upload; the
 * answer moves accepted lines to {@code sent} ({@link #markSent}) and rejected ones to {@code released}
 * ({@link #release}); an upload whose outcome is unknown leaves them {@code in-doubt} until recovery settles
 * them. Only {@code released} numbers can be claimed again.
 *
 * <p>Every method is blocking (a database round trip or a few) and thread-safe; callers keep it off event-loop
 * threads. Atomicity comes from the store (one transaction per call), so two processes sharing one store are
 * as safe as two threads. A method that cannot reach the store, or finds its schema newer than the code,
 * throws {@link JournalUnavailableException}; it changed nothing then.
 */
public interface PayoutJournalPort extends AutoCloseable {

    /**
     * Checks that the store is reachable and its schema is one this code knows; creates or upgrades the schema
     * when it is older.
     */
    void check();

    /**
     * Atomically moves {@code paymentNumbers} (distinct, non-blank) from absent or {@code released} to
     * {@code in-doubt} under one new claim id, and commits before returning. Numbers held by another claim are
     * reported in {@link JournalClaim#held()}; under {@link ClaimMode#ALL_OR_NOTHING} nothing is claimed then.
     * Of two calls racing for one number, exactly one claims it.
     *
     * @throws IllegalArgumentException for a blank or repeated number
     */
    JournalClaim claim(String login, List<String> paymentNumbers, ClaimMode mode);

    /**
     * As {@link #claim}, for the payment numbers of {@code payouts}, and keeps what each is to pay beside the claim
     * (in the same transaction), for {@link #claimedPayouts} to give back while numbers of the claim are in doubt.
     * This default claims the numbers and keeps nothing: a journal that cannot keep payouts is still a journal.
     *
     * @throws IllegalArgumentException for a blank or repeated number
     */
    default JournalClaim claimPayouts(String login, List<ClaimedPayout> payouts, ClaimMode mode) {
        return claim(login, payouts.stream().map(ClaimedPayout::paymentNumber).toList(), mode);
    }

    /**
     * What the numbers of claim {@code claimId} were claimed to pay ({@link #claimPayouts}), by payment number. Kept
     * at least while the claim's numbers are in doubt together (an upload never answered, or interrupted); empty when
     * the claim was made by {@link #claim}, once it is settled, or when the journal keeps no payouts (this default).
     * A number settled apart from the rest of its claim may lose its payout.
     */
    default Map<String, ClaimedPayout> claimedPayouts(String login, String claimId) {
        return Map.of();
    }

    /**
     * The server accepted these numbers of claim {@code claimId} in batch {@code batchId}: {@code in-doubt} →
     * {@code sent}. Numbers not {@code in-doubt} under that claim are left as they are.
     *
     * @return how many numbers changed
     */
    int markSent(String login, String claimId, String batchId, Collection<String> paymentNumbers);

    /**
     * These numbers of claim {@code claimId} were not accepted: {@code in-doubt} → {@code released}, with the
     * reason. Numbers not {@code in-doubt} under that claim (a {@code sent} number above all) are left as they
     * are.
     *
     * @return how many numbers changed
     */
    int release(String login, String claimId, Collection<String> paymentNumbers, String reason);

    /**
     * Notes why numbers of claim {@code claimId} stay {@code in-doubt} (an upload whose outcome is unknown),
     * and the batch id when it is known; the state does not change.
     */
    void noteInDoubt(String login, String claimId, Collection<String> paymentNumbers, Optional<String> batchId,
                     String note);

    /** The entries of {@code login} for these numbers, by number; numbers never claimed are absent. */
    Map<String, JournalEntry> find(String login, Collection<String> paymentNumbers);

    /** Every entry of {@code login}, in the state given or in all, oldest claim first. */
    List<JournalEntry> list(String login, Optional<JournalState> state);

    /**
     * How many entries of {@code login} are in {@code state}: {@code list(login, Optional.of(state)).size()}, which is
     * what this default does. A journal over a database overrides it with a count that reads no entries (e.g. for a
     * gauge of the numbers in doubt, read at every scrape).
     */
    default long count(String login, JournalState state) {
        return list(login, Optional.of(Objects.requireNonNull(state, "state"))).size();
    }

    /** Closes what the journal opened (a pool, a connection); idempotent. */
    @Override
    void close();
}
