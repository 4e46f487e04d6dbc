package io.capitalist4j.testkit.journal;

import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.ClaimNumbers;
import io.capitalist4j.application.port.out.journal.ClaimedPayout;
import io.capitalist4j.application.port.out.journal.JournalClaim;
import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.application.port.out.journal.JournalUnavailableException;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A {@link PayoutJournalPort} held in memory, for tests of code that uses a journal: correct and thread-safe
 * (one lock around every call, so each call is atomic as a transaction would be), forgotten when the object is.
 * It passes {@link PayoutJournalContract} like the JDBC journal does.
 */
public final class InMemoryPayoutJournal implements PayoutJournalPort {

    private static final Comparator<JournalEntry> OLDEST_CLAIM_FIRST = Comparator
            .comparing(JournalEntry::claimedAt)
            .thenComparing(JournalEntry::claimId)
            .thenComparing(JournalEntry::paymentNumber);

    private final Clock clock;
    private final Map<String, Map<String, JournalEntry>> byLogin = new HashMap<>();
    /** Payouts kept by {@link #claimPayouts}, by login and claim id. */
    private final Map<String, Map<String, ClaimedPayout>> payoutsByClaim = new HashMap<>();
    private boolean closed;

    public InMemoryPayoutJournal() {
        this(Clock.systemUTC());
    }

    /** Times claims and state changes with {@code clock} (e.g. a {@link io.capitalist4j.testkit.ManualClock}). */
    public InMemoryPayoutJournal(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized void check() {
        requireOpen();
    }

    @Override
    public JournalClaim claim(String login, List<String> paymentNumbers, ClaimMode mode) {
        requireLogin(login);
        Objects.requireNonNull(mode, "mode");
        ClaimNumbers.requireDistinctNonBlank(paymentNumbers);
        synchronized (this) {
            requireOpen();
            Map<String, JournalEntry> entries = byLogin.computeIfAbsent(login, l -> new HashMap<>());
            List<String> free = new ArrayList<>();
            List<JournalEntry> held = new ArrayList<>();
            for (String number : paymentNumbers) {
                JournalEntry entry = entries.get(number);
                if (entry != null && entry.state().holds()) {
                    held.add(entry);
                } else {
                    free.add(number);
                }
            }
            String claimId = UUID.randomUUID().toString();
            if (mode == ClaimMode.ALL_OR_NOTHING && !held.isEmpty()) {
                return new JournalClaim(claimId, List.of(), held);
            }
            Instant now = clock.instant();
            for (String number : free) {
                entries.put(number, new JournalEntry(login, number, JournalState.IN_DOUBT, claimId, Optional.empty(),
                        Optional.empty(), now, now));
            }
            return new JournalClaim(claimId, free, held);
        }
    }

    /** Claims as {@link #claim} and keeps each claimed number's payout for the life of this journal. */
    @Override
    public JournalClaim claimPayouts(String login, List<ClaimedPayout> payouts, ClaimMode mode) {
        Objects.requireNonNull(payouts, "payouts");
        synchronized (this) {
            JournalClaim claim = claim(login, payouts.stream().map(ClaimedPayout::paymentNumber).toList(), mode);
            Set<String> claimed = new HashSet<>(claim.claimed());
            Map<String, ClaimedPayout> kept = new HashMap<>();
            payouts.stream().filter(p -> claimed.contains(p.paymentNumber())).forEach(p -> kept.put(p.paymentNumber(), p));
            if (!kept.isEmpty()) {
                payoutsByClaim.put(login + "\n" + claim.claimId(), Map.copyOf(kept));
            }
            return claim;
        }
    }

    @Override
    public synchronized Map<String, ClaimedPayout> claimedPayouts(String login, String claimId) {
        requireOpen();
        return payoutsByClaim.getOrDefault(login + "\n" + Objects.requireNonNull(claimId, "claimId"), Map.of());
    }

    @Override
    public synchronized int markSent(String login, String claimId, String batchId, Collection<String> paymentNumbers) {
        Objects.requireNonNull(batchId, "batchId");
        return settle(login, claimId, paymentNumbers, e -> new JournalEntry(e.login(), e.paymentNumber(),
                JournalState.SENT, e.claimId(), Optional.of(batchId), e.note(), e.claimedAt(), clock.instant()));
    }

    @Override
    public synchronized int release(String login, String claimId, Collection<String> paymentNumbers, String reason) {
        Objects.requireNonNull(reason, "reason");
        return settle(login, claimId, paymentNumbers, e -> new JournalEntry(e.login(), e.paymentNumber(),
                JournalState.RELEASED, e.claimId(), e.batchId(), Optional.of(reason), e.claimedAt(), clock.instant()));
    }

    @Override
    public synchronized void noteInDoubt(String login, String claimId, Collection<String> paymentNumbers,
                                         Optional<String> batchId, String note) {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(note, "note");
        settle(login, claimId, paymentNumbers, e -> new JournalEntry(e.login(), e.paymentNumber(), e.state(),
                e.claimId(), batchId.isPresent() ? batchId : e.batchId(), Optional.of(note), e.claimedAt(), e.updatedAt()));
    }

    @Override
    public synchronized Map<String, JournalEntry> find(String login, Collection<String> paymentNumbers) {
        requireLogin(login);
        Objects.requireNonNull(paymentNumbers, "paymentNumbers");
        requireOpen();
        Map<String, JournalEntry> entries = byLogin.getOrDefault(login, Map.of());
        Map<String, JournalEntry> found = new LinkedHashMap<>();
        for (String number : paymentNumbers) {
            JournalEntry entry = entries.get(number);
            if (entry != null) {
                found.put(number, entry);
            }
        }
        return found;
    }

    @Override
    public synchronized List<JournalEntry> list(String login, Optional<JournalState> state) {
        requireLogin(login);
        Objects.requireNonNull(state, "state");
        requireOpen();
        return byLogin.getOrDefault(login, Map.of()).values().stream()
                .filter(e -> state.isEmpty() || e.state() == state.get())
                .sorted(OLDEST_CLAIM_FIRST)
                .toList();
    }

    @Override
    public synchronized long count(String login, JournalState state) {
        requireLogin(login);
        Objects.requireNonNull(state, "state");
        requireOpen();
        return byLogin.getOrDefault(login, Map.of()).values().stream().filter(e -> e.state() == state).count();
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    /** Rewrites the in-doubt entries of {@code claimId} among {@code paymentNumbers}; the caller holds the lock. */
    private int settle(String login, String claimId, Collection<String> paymentNumbers,
                       java.util.function.UnaryOperator<JournalEntry> change) {
        requireLogin(login);
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(paymentNumbers, "paymentNumbers");
        requireOpen();
        Map<String, JournalEntry> entries = byLogin.getOrDefault(login, Map.of());
        int changed = 0;
        for (String number : new HashSet<>(paymentNumbers)) {
            JournalEntry entry = entries.get(number);
            if (entry != null && entry.state() == JournalState.IN_DOUBT && entry.claimId().equals(claimId)) {
                entries.put(number, change.apply(entry));
                changed++;
            }
        }
        return changed;
    }

    private void requireOpen() {
        if (closed) {
            throw new JournalUnavailableException("the in-memory journal is closed");
        }
    }

    private static void requireLogin(String login) {
        Objects.requireNonNull(login, "login");
        if (login.isBlank()) {
            throw new IllegalArgumentException("login is blank");
        }
    }
}
