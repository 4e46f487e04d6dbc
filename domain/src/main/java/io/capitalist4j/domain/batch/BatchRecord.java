package io.capitalist4j.domain.batch;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of an uploaded batch as get_batch_info reports it.
 *
 * @param lineNumber     1-based line of the batch
 * @param internalNumber the payment number from your system
 * @param documentId     the document in the Capitalist system, absent for lines rejected at upload
 * @param paymentType    e.g. {@code SKIP} for a line rejected at upload; other values are passed through
 */
public record BatchRecord(int lineNumber, String internalNumber, String beneficiary, BigDecimal amount,
                          String currency, String description, Optional<String> documentId, RecordState state,
                          String paymentType, String errorDetails) {

    public static final String SKIP = "SKIP";

    public BatchRecord {
        Objects.requireNonNull(internalNumber, "internalNumber");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(paymentType, "paymentType");
        Objects.requireNonNull(errorDetails, "errorDetails");
    }

    public boolean isSkipped() {
        return SKIP.equals(paymentType);
    }

    /** Final when processed or declined; a line skipped at upload is final too. */
    public boolean isFinal() {
        return state.isFinal() || isSkipped();
    }

    @Override
    public String toString() {
        return "BatchRecord[line " + lineNumber + ", " + internalNumber + ", " + amount.toPlainString() + " "
                + currency + ", " + state + (isSkipped() ? ", SKIP" : "") + "]";
    }
}
