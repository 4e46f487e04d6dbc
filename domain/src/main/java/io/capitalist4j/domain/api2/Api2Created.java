package io.capitalist4j.domain.api2;

/** The answer to {@code POST /v1/payment}: the document the server created for this {@code userRequestId}. */
public record Api2Created(String userRequestId, long documentId) {
    public Api2Created {
        UserRequestIds.check(userRequestId);
    }
}
