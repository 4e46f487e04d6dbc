package io.capitalist4j.application.port.out.journal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One payment number of one login as the journal holds it.
 *
 * @param claimId   the claim that last took the number (a released number claimed again gets a new one)
 * @param batchId   the batch the server accepted it in, once known
 * @param note      why it was released or is still in doubt, when there is something to say
 * @param claimedAt when the last claim was committed
 * @param updatedAt when the state last changed
 */
public record JournalEntry(String login, String paymentNumber, JournalState state, String claimId,
                           Optional<String> batchId, Optional<String> note, Instant claimedAt, Instant updatedAt) {

    public JournalEntry {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(paymentNumber, "paymentNumber");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(claimedAt, "claimedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
