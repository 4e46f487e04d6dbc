package io.capitalist4j.application;

import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.ClaimedPayout;
import io.capitalist4j.application.port.out.journal.JournalClaim;
import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.application.port.out.journal.JournalUnavailableException;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** A plain journal for the client's tests, recording what it was asked; {@link #down} makes every call fail. */
final class MemoryJournal implements PayoutJournalPort {

    final Map<String, JournalEntry> entries = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    volatile boolean down;
    /** The one call that fails, e.g. "markSent"; the others work. */
    volatile String failing = "";
    /** What {@link #claimPayouts} kept, by claim id. */
    final Map<String, Map<String, ClaimedPayout>> payoutsByClaim = new LinkedHashMap<>();
    /** Runs at the start of every claim, on the claiming thread. */
    volatile Runnable beforeClaim = () -> { };
    private final Clock clock;

    MemoryJournal(Clock clock) {
        this.clock = clock;
    }

    private void reach(String call) {
        calls.add(call);
        if (down || failing.equals(call)) {
            throw new JournalUnavailableException("journal database unreachable (test)");
        }
    }

    @Override
    public void check() {
        reach("check");
    }

    @Override
    public synchronized JournalClaim claim(String login, List<String> numbers, ClaimMode mode) {
        reach("claim");
        beforeClaim.run();
        String id = UUID.randomUUID().toString();
        List<JournalEntry> held = numbers.stream().map(n -> entries.get(login + "/" + n))
                .filter(e -> e != null && e.state().holds()).collect(Collectors.toList());
        if (mode == ClaimMode.ALL_OR_NOTHING && !held.isEmpty()) {
            return new JournalClaim(id, List.of(), held);
        }
        List<String> claimed = new ArrayList<>();
        for (String n : numbers) {
            JournalEntry e = entries.get(login + "/" + n);
            if (e == null || !e.state().holds()) {
                entries.put(login + "/" + n, new JournalEntry(login, n, JournalState.IN_DOUBT, id, Optional.empty(),
                        Optional.empty(), clock.instant(), clock.instant()));
                claimed.add(n);
            }
        }
        return new JournalClaim(id, claimed, held);
    }

    /** Claims as {@link #claim} (recorded as "claim") and keeps the claimed numbers' payouts. */
    @Override
    public synchronized JournalClaim claimPayouts(String login, List<ClaimedPayout> payouts, ClaimMode mode) {
        JournalClaim claim = claim(login, payouts.stream().map(ClaimedPayout::paymentNumber).toList(), mode);
        Map<String, ClaimedPayout> kept = new LinkedHashMap<>();
        payouts.stream().filter(p -> claim.claimed().contains(p.paymentNumber()))
                .forEach(p -> kept.put(p.paymentNumber(), p));
        if (!kept.isEmpty()) {
            payoutsByClaim.put(claim.claimId(), kept);
        }
        return claim;
    }

    @Override
    public synchronized Map<String, ClaimedPayout> claimedPayouts(String login, String claimId) {
        reach("claimedPayouts");
        return payoutsByClaim.getOrDefault(claimId, Map.of());
    }

    private int move(String login, String claimId, Collection<String> numbers, JournalState to,
                     Optional<String> batchId, Optional<String> note) {
        int changed = 0;
        for (String n : numbers) {
            JournalEntry e = entries.get(login + "/" + n);
            if (e != null && e.state() == JournalState.IN_DOUBT && e.claimId().equals(claimId)) {
                entries.put(login + "/" + n, new JournalEntry(login, n, to, claimId, batchId.or(e::batchId),
                        note.or(e::note), e.claimedAt(), clock.instant()));
                changed++;
            }
        }
        return changed;
    }

    @Override
    public synchronized int markSent(String login, String claimId, String batchId, Collection<String> numbers) {
        reach("markSent");
        return move(login, claimId, numbers, JournalState.SENT, Optional.of(batchId), Optional.empty());
    }

    @Override
    public synchronized int release(String login, String claimId, Collection<String> numbers, String reason) {
        reach("release");
        return move(login, claimId, numbers, JournalState.RELEASED, Optional.empty(), Optional.of(reason));
    }

    @Override
    public synchronized void noteInDoubt(String login, String claimId, Collection<String> numbers,
                                         Optional<String> batchId, String note) {
        reach("noteInDoubt");
        move(login, claimId, numbers, JournalState.IN_DOUBT, batchId, Optional.of(note));
    }

    @Override
    public synchronized Map<String, JournalEntry> find(String login, Collection<String> numbers) {
        reach("find");
        Map<String, JournalEntry> found = new LinkedHashMap<>();
        numbers.forEach(n -> Optional.ofNullable(entries.get(login + "/" + n)).ifPresent(e -> found.put(n, e)));
        return found;
    }

    @Override
    public synchronized List<JournalEntry> list(String login, Optional<JournalState> state) {
        reach("list");
        return entries.values().stream().filter(e -> e.login().equals(login))
                .filter(e -> state.isEmpty() || e.state() == state.get())
                .sorted(Comparator.comparing(JournalEntry::claimedAt)).collect(Collectors.toList());
    }

    synchronized JournalState stateOf(String number) {
        return entries.get(JournaledSubmitTest.LOGIN + "/" + number).state();
    }

    @Override
    public void close() {
    }
}
