package io.capitalist4j.domain.document;

import io.capitalist4j.domain.batch.RecordState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A document found by documents_search.
 *
 * @param type           the opcode of the mass payment
 * @param customNumber   the payment number from your system
 * @param documentNumber the Capitalist payment number
 * @param comment        the rejection reason, if any
 * @param documentState  as sent: NEW, READY, INPROCESS, DECLINED, PROCESSED
 */
public record FoundDocument(String type, Optional<String> batchId, Instant timestamp, String sourceAccount,
                            String destinationAccount, BigDecimal amount, String currency, String description,
                            String customNumber, String documentNumber, String comment, String documentState,
                            String localizedDocumentState) {

    public FoundDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(sourceAccount, "sourceAccount");
        Objects.requireNonNull(destinationAccount, "destinationAccount");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(customNumber, "customNumber");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(documentState, "documentState");
        Objects.requireNonNull(localizedDocumentState, "localizedDocumentState");
    }

    /** The state, when it is one of the five documented states. */
    public Optional<RecordState> state() {
        return RecordState.find(documentState);
    }
}
