package io.capitalist4j.adapter.api2;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the callbacks already accepted, so that a captured callback sent again is refused. The reference
 * documents no nonce (§14 Q2); a signature covers the timestamp and the body, so within the timestamp window the
 * signature itself identifies one delivery. Implement it over a shared store (a database, Redis) when several
 * receivers share the traffic.
 */
public interface ReplayGuard {

    /**
     * Records this delivery and says whether it is the first time it was seen. Called only for authentic callbacks
     * inside the timestamp window; must be atomic (two concurrent calls for one signature: one true, one false).
     */
    boolean firstSeen(String signature, long timestampMillis);

    /** Remembers signatures in memory for as long as their timestamp stays inside the window, then forgets them. */
    static ReplayGuard inMemory(Duration window, Clock clock) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(clock, "clock");
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("an in-memory replay guard needs a positive window to forget by: "
                    + window);
        }
        long keep = window.toMillis();
        Map<String, Long> seen = new ConcurrentHashMap<>();
        return (signature, timestampMillis) -> {
            long now = clock.millis();
            seen.values().removeIf(ts -> Math.abs(now - ts) > keep);
            return seen.putIfAbsent(signature, timestampMillis) == null;
        };
    }

    /** Remembers nothing: every authentic, fresh callback is accepted (the receiver must be idempotent). */
    static ReplayGuard none() {
        return (signature, timestampMillis) -> true;
    }
}
