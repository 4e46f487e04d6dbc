package io.capitalist4j.reliability.journal;

import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.JournalClaim;
import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A journal that prints {@link Markers#CLAIM_START} before a claim and {@link Markers#CLAIM_COMMITTED} after it. */
final class MarkingJournal implements PayoutJournalPort {

    private final PayoutJournalPort journal;

    MarkingJournal(PayoutJournalPort journal) {
        this.journal = journal;
    }

    @Override
    public void check() {
        journal.check();
    }

    @Override
    public JournalClaim claim(String login, List<String> paymentNumbers, ClaimMode mode) {
        Markers.print(Markers.CLAIM_START);
        JournalClaim claim = journal.claim(login, paymentNumbers, mode);
        Markers.print(Markers.CLAIM_COMMITTED);
        return claim;
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
