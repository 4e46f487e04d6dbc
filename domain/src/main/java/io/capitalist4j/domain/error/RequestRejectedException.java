package io.capitalist4j.domain.error;

/** The request was refused as sent: batch format, verification, paging, fee or parameters. */
public final class RequestRejectedException extends ApiException {
    public RequestRejectedException(String operation, ApiError error) {
        super(operation, error);
    }
}
