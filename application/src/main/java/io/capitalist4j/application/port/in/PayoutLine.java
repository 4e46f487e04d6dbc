package io.capitalist4j.application.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of a payout run as either protocol reports it.
 *
 * @param reference the batch id (v1) or document id (API2) the server gave it, when known
 * @param detail    why it was rejected or is unknown, or the journal state that held it
 */
public record PayoutLine(String paymentNumber, int line, PayoutStatus status, Optional<String> reference,
                         Optional<String> detail) {

    /** Where a payout stands, in words both protocols share. */
    public enum PayoutStatus {
        /** The server took it; it is not final yet. */
        ACCEPTED,
        /** The server refused it at once (it may be sent again). */
        REJECTED,
        /** It may or may not exist: recover before sending it again. */
        OUTCOME_UNKNOWN,
        /** Not sent: the journal holds its number. */
        SKIPPED,
        /** Final: paid. */
        PAID,
        /** Final: declined after it was accepted. */
        DECLINED;

        /** Whether nothing more will happen to the payout. */
        public boolean isFinal() {
            return this != ACCEPTED;
        }
    }

    public PayoutLine {
        Objects.requireNonNull(paymentNumber, "paymentNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(detail, "detail");
    }
}
