package io.capitalist4j.reliability.journal;

import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.ClaimedPayout;
import io.capitalist4j.application.port.out.journal.JournalClaim;
import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A journal that runs one action before each claim and another after it returned; the rest is the journal's own. */
final class ObservedJournal implements PayoutJournalPort {

    private final PayoutJournalPort journal;
    private final Runnable beforeClaim;
    private final Runnable afterClaim;

    ObservedJournal(PayoutJournalPort journal, Runnable beforeClaim, Runnable afterClaim) {
        this.journal = journal;
        this.beforeClaim = beforeClaim;
        this.afterClaim = afterClaim;
    }

    /** Prints {@link Markers#CLAIM_START} before a claim and {@link Markers#CLAIM_COMMITTED} once it is committed. */
    static ObservedJournal marking(PayoutJournalPort journal) {
        return new ObservedJournal(journal, () -> Markers.print(Markers.CLAIM_START),
                () -> Markers.print(Markers.CLAIM_COMMITTED));
    }

    @Override
    public void check() {
        journal.check();
    }

    @Override
    public JournalClaim claim(String login, List<String> paymentNumbers, ClaimMode mode) {
        return observed(() -> journal.claim(login, paymentNumbers, mode));
    }

    @Override
    public JournalClaim claimPayouts(String login, List<ClaimedPayout> payouts, ClaimMode mode) {
        return observed(() -> journal.claimPayouts(login, payouts, mode));
    }

    private JournalClaim observed(java.util.function.Supplier<JournalClaim> claiming) {
        beforeClaim.run();
        JournalClaim claim = claiming.get();
        afterClaim.run();
        return claim;
    }

    @Override
    public Map<String, ClaimedPayout> claimedPayouts(String login, String claimId) {
        return journal.claimedPayouts(login, claimId);
    }

    @Override
    public int markSent(String login, String claimId, String batchId, Collection<String> paymentNumbers) {
        return journal.markSent(login, claimId, batchId, paymentNumbers);
    }

    @Override
    public int release(String login, String claimId, Collection<String> paymentNumbers, String reason) {
        return journal.release(login, claimId, paymentNumbers, reason);
    }

    @Override
    public void noteInDoubt(String login, String claimId, Collection<String> paymentNumbers, Optional<String> batchId,
                            String note) {
        journal.noteInDoubt(login, claimId, paymentNumbers, batchId, note);
    }

    @Override
    public Map<String, JournalEntry> find(String login, Collection<String> paymentNumbers) {
        return journal.find(login, paymentNumbers);
    }

    @Override
    public List<JournalEntry> list(String login, Optional<JournalState> state) {
        return journal.list(login, state);
    }

    @Override
    public void close() {
        journal.close();
    }
}
