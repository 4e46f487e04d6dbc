package io.capitalist4j.application.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of one line sent over API2.
 *
 * @param documentId the server's document, when it was created
 * @param reason     why it was refused or is unknown, or which journal state held it
 * @param attempts   how many {@code POST /v1/payment} requests carried it (more than one only after a lookup
 *                   proved the server did not have it)
 */
public record Api2PayoutResult(String paymentNumber, int line, Status status, Optional<Long> documentId,
                               Optional<String> reason, int attempts) {

    /** The fate of one payout. */
    public enum Status {
        /** The server holds the payment (created now, or found by its userRequestId after a lost answer). */
        CREATED,
        /** The server refused it, or it never left: it may be sent again. */
        REFUSED,
        /** It may or may not exist: the lookup failed too. Held {@code in-doubt} in the journal. */
        OUTCOME_UNKNOWN,
        /** Not sent: the journal holds its number. */
        SKIPPED
    }

    public Api2PayoutResult {
        Objects.requireNonNull(paymentNumber, "paymentNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(reason, "reason");
    }
}
