package io.capitalist4j.domain.batch;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of an uploaded batch as get_batch_info reports it.
 *
 * <p>A record is kept even when one of its fields could not be read, so that one odd record never sinks a
 * page: {@link #problem()} then says what was wrong, the unreadable field holds its empty value ({@code ""},
 * line 0, state UNKNOWN) and {@link #amount()} is {@code null} when it was the amount.
 *
 * @param lineNumber     1-based line of the batch
 * @param internalNumber the payment number from your system
 * @param amount         the amount as sent; {@code null} only when {@link #problem()} says it could not be read
 * @param documentId     the document in the Capitalist system, absent for lines rejected at upload
 * @param state          the state; {@link RecordState#UNKNOWN} for a state this client does not know
 * @param paymentType    e.g. {@code SKIP} for a line rejected at upload; other values are passed through
 * @param rawState       the state as the server wrote it (the name of {@code state} unless that is UNKNOWN)
 * @param problem        why a field of this record could not be read, if one could not
 */
public record BatchRecord(int lineNumber, String internalNumber, String beneficiary, BigDecimal amount,
                          String currency, String description, Optional<String> documentId, RecordState state,
                          String paymentType, String errorDetails, String rawState, Optional<String> problem) {

    public static final String SKIP = "SKIP";

    public BatchRecord {
        Objects.requireNonNull(internalNumber, "internalNumber");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(paymentType, "paymentType");
        Objects.requireNonNull(errorDetails, "errorDetails");
        Objects.requireNonNull(rawState, "rawState");
        Objects.requireNonNull(problem, "problem");
        if (amount == null && problem.isEmpty()) {
            throw new NullPointerException("amount (null only with a problem)");
        }
        if (state != RecordState.UNKNOWN && !rawState.equals(state.name())) {
            throw new IllegalArgumentException("rawState of a " + state + " record: " + rawState);
        }
    }

    /** A record every field of which was read, in one of the documented states. */
    public BatchRecord(int lineNumber, String internalNumber, String beneficiary, BigDecimal amount, String currency,
                       String description, Optional<String> documentId, RecordState state, String paymentType,
                       String errorDetails) {
        this(lineNumber, internalNumber, beneficiary, amount, currency, description, documentId, state, paymentType,
                errorDetails, state.name(), Optional.empty());
    }

    public boolean isSkipped() {
        return SKIP.equals(paymentType);
    }

    /** Final when processed or declined; a line skipped at upload is final too. An UNKNOWN state is not. */
    public boolean isFinal() {
        return state.isFinal() || isSkipped();
    }

    @Override
    public String toString() {
        return "BatchRecord[line " + lineNumber + ", " + internalNumber + ", "
                + (amount == null ? "?" : amount.toPlainString()) + " " + currency + ", " + rawState
                + (isSkipped() ? ", SKIP" : "") + (problem.isPresent() ? ", problem" : "") + "]";
    }
}
