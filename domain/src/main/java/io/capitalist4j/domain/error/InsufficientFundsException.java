package io.capitalist4j.domain.error;

/** Not enough money on the source account (135). */
public final class InsufficientFundsException extends ApiException {
    public InsufficientFundsException(String operation, ApiError error) {
        super(operation, error);
    }
}
