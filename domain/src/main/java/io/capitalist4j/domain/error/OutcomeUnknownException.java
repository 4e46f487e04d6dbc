package io.capitalist4j.domain.error;

import java.util.List;

/**
 * An upload may or may not have been accepted: the request may have reached the server but no answer was
 * read. It was not retried. Run a reconciliation for {@link #paymentNumbers()} before uploading again.
 */
public final class OutcomeUnknownException extends CapitalistException {

    private final transient List<String> paymentNumbers;

    public OutcomeUnknownException(String operation, List<String> paymentNumbers, Throwable cause) {
        super(operation, "outcome unknown: " + operation + " may or may not have been accepted ("
                + paymentNumbers.size() + " payment numbers); it was not retried, reconcile before sending again"
                + (cause != null ? " (cause: " + cause.getMessage() + ")" : ""), cause);
        this.paymentNumbers = List.copyOf(paymentNumbers);
    }

    public List<String> paymentNumbers() {
        return paymentNumbers;
    }
}
