package io.capitalist4j.adapter.api2;

import io.capitalist4j.domain.api2.Api2Callback;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Api2CallbackVerifier} found. Only {@link Kind#VALID} carries the callback. Suggested answers for the
 * receiving endpoint: VALID 200 after handling it; REPLAYED 200 without handling it again (it was handled);
 * FORGED, STALE and MALFORMED 401 or 400 — the reason is for your log (it never holds the secret or the signature).
 */
public final class CallbackVerdict {

    /** The outcome. */
    public enum Kind {
        /** Signed with your secret, inside the timestamp window, seen for the first time, readable. */
        VALID,
        /** The signature does not match the timestamp, body and secret. */
        FORGED,
        /** Authentic, but its timestamp lies outside the window. */
        STALE,
        /** Authentic and fresh, but already accepted once. */
        REPLAYED,
        /** A header is missing or malformed, or the authentic body is not a readable callback. */
        MALFORMED
    }

    private final Kind kind;
    private final String reason;
    private final Optional<Api2Callback> callback;

    private CallbackVerdict(Kind kind, String reason, Optional<Api2Callback> callback) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.callback = Objects.requireNonNull(callback, "callback");
    }

    static CallbackVerdict valid(Api2Callback callback) {
        return new CallbackVerdict(Kind.VALID, "valid", Optional.of(callback));
    }

    static CallbackVerdict refused(Kind kind, String reason) {
        if (kind == Kind.VALID) {
            throw new IllegalArgumentException("a refusal cannot be VALID");
        }
        return new CallbackVerdict(kind, reason, Optional.empty());
    }

    public Kind kind() {
        return kind;
    }

    public boolean isValid() {
        return kind == Kind.VALID;
    }

    public String reason() {
        return reason;
    }

    /** The callback, when {@link #isValid()}. */
    public Optional<Api2Callback> callback() {
        return callback;
    }

    @Override
    public String toString() {
        return "CallbackVerdict[" + kind + ": " + reason + "]";
    }
}
