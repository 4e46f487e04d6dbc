package io.capitalist4j.testkit.api2;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One callback the server POSTed (reference §8), or tried to: the exact body and the headers it signed it with,
 * and what came back. One attempt per payment, no retry (reference §14 Q11 and the fake's choice).
 *
 * @param status the receiver's HTTP status; empty when the call failed ({@link #failure()} says why)
 */
public record Api2Callback(String url, long documentId, String userRequestId, String timestamp, String signature,
                           String body, Instant sentAt, OptionalInt status, Optional<String> failure) {

    public Api2Callback {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(userRequestId, "userRequestId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(failure, "failure");
    }

    /** Whether the receiver answered 2xx. */
    public boolean delivered() {
        return status.isPresent() && status.getAsInt() / 100 == 2;
    }

    public byte[] bodyBytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "Api2Callback[" + url + " " + userRequestId + " document " + documentId
                + (status.isPresent() ? " status " + status.getAsInt() : failure.map(f -> " failed: " + f).orElse(" pending"))
                + "]";
    }
}
