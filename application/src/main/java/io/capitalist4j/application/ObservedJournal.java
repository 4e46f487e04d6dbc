package io.capitalist4j.application;

import io.capitalist4j.application.port.out.events.CapitalistListener;
import io.capitalist4j.application.port.out.events.JournalEvent;
import io.capitalist4j.application.port.out.events.JournalTransition;
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

/**
 * The journal as the client uses it, each transition reported to a listener once the journal has made it (a call
 * that throws reports nothing). The counts are the journal's own answers: numbers that changed, not numbers asked.
 */
final class ObservedJournal implements PayoutJournalPort {

    private final PayoutJournalPort journal;
    private final String protocol;
    private final CapitalistListener listener;

    ObservedJournal(PayoutJournalPort journal, String protocol, CapitalistListener listener) {
        this.journal = journal;
        this.protocol = protocol;
        this.listener = listener;
    }

    /** The journal itself when nobody listens. */
    static PayoutJournalPort of(PayoutJournalPort journal, String protocol, CapitalistListener listener) {
        return journal == null || listener == CapitalistListener.NONE ? journal
                : new ObservedJournal(journal, protocol, listener);
    }

    @Override
    public void check() {
        journal.check();
    }

    @Override
    public JournalClaim claim(String login, List<String> paymentNumbers, ClaimMode mode) {
        return told(journal.claim(login, paymentNumbers, mode));
    }

    @Override
    public JournalClaim claimPayouts(String login, List<ClaimedPayout> payouts, ClaimMode mode) {
        return told(journal.claimPayouts(login, payouts, mode));
    }

    private JournalClaim told(JournalClaim claim) {
        tell(JournalTransition.CLAIMED, claim.claimed().size());
        tell(JournalTransition.REFUSED_HELD, claim.held().size());
        return claim;
    }

    @Override
    public Map<String, ClaimedPayout> claimedPayouts(String login, String claimId) {
        return journal.claimedPayouts(login, claimId);
    }

    @Override
    public int markSent(String login, String claimId, String batchId, Collection<String> paymentNumbers) {
        int changed = journal.markSent(login, claimId, batchId, paymentNumbers);
        tell(JournalTransition.SENT, changed);
        return changed;
    }

    @Override
    public int release(String login, String claimId, Collection<String> paymentNumbers, String reason) {
        int changed = journal.release(login, claimId, paymentNumbers, reason);
        tell(JournalTransition.RELEASED, changed);
        return changed;
    }

    /** Counted as the numbers named: the port does not say how many of them were in doubt under that claim. */
    @Override
    public void noteInDoubt(String login, String claimId, Collection<String> paymentNumbers, Optional<String> batchId,
                            String note) {
        journal.noteInDoubt(login, claimId, paymentNumbers, batchId, note);
        tell(JournalTransition.LEFT_IN_DOUBT, paymentNumbers.size());
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
    public long count(String login, JournalState state) {
        return journal.count(login, state);
    }

    @Override
    public void close() {
        journal.close();
    }

    private void tell(JournalTransition transition, int count) {
        if (count <= 0) {
            return;
        }
        try {
            listener.onJournal(new JournalEvent(protocol, transition, count));
        } catch (RuntimeException ignored) {
            // a listener never fails a journal write that was made
        }
    }

    @Override
    public String toString() {
        return journal.toString();
    }
}
