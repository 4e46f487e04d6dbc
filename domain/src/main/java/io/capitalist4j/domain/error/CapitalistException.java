package io.capitalist4j.domain.error;

import io.capitalist4j.domain.auth.Printable;

/**
 * Every failure of a remote call. Messages never carry secrets: no password, token, PIN, SMS code,
 * signature or private key. Much of a message is the server's text, so every message is made
 * {@link Printable}: card numbers masked, control characters escaped.
 */
public abstract sealed class CapitalistException extends RuntimeException
        permits ApiException, TransportException, HttpStatusException, DecodingException, OutcomeUnknownException {

    private final String operation;

    protected CapitalistException(String operation, String message, Throwable cause) {
        super(Printable.of(message), cause);
        this.operation = operation;
    }

    /** The API operation that failed, e.g. {@code get_batch_info}. */
    public String operation() {
        return operation;
    }
}
