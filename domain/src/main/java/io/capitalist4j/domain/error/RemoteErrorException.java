package io.capitalist4j.domain.error;

/** The server failed (1, 2, 186, 187) or answered a code the published table lacks. */
public final class RemoteErrorException extends ApiException {
    public RemoteErrorException(String operation, ApiError error) {
        super(operation, error);
    }
}
