package io.capitalist4j.domain.error;

/**
 * Every failure of a remote call. Messages never carry secrets: no password, token, PIN, SMS code,
 * signature or private key, and card numbers only masked.
 */
public abstract sealed class CapitalistException extends RuntimeException
        permits ApiException, TransportException, HttpStatusException, DecodingException, OutcomeUnknownException {

    private final String operation;

    protected CapitalistException(String operation, String message, Throwable cause) {
        super(message, cause);
        this.operation = operation;
    }

    /** The API operation that failed, e.g. {@code get_batch_info}. */
    public String operation() {
        return operation;
    }
}
