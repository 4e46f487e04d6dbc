package io.capitalist4j.domain.error;

/** The answer could not be read: truncated, wrong format, wrong types. */
public final class DecodingException extends CapitalistException {
    public DecodingException(String operation, String message, Throwable cause) {
        super(operation, message, cause);
    }
}
