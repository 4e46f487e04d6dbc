package io.capitalist4j.domain.error;

/** No complete answer within the configured time; the request may have been processed. */
public final class RequestTimeoutException extends TransportException {
    public RequestTimeoutException(String operation, String message, Throwable cause) {
        super(operation, message, true, cause);
    }
}
