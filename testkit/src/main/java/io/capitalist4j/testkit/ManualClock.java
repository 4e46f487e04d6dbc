package io.capitalist4j.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that only moves when told: tests advance it to walk batch records through their states without
 * waiting. Thread-safe.
 */
public final class ManualClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    private ManualClock(Instant now, ZoneId zone) {
        this.now = Objects.requireNonNull(now, "now");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Starts at {@code start}, in UTC. */
    public static ManualClock at(Instant start) {
        return new ManualClock(start, ZoneOffset.UTC);
    }

    /** Starts at 2025-01-15T09:00:00Z, a fixed working-day morning. */
    public static ManualClock fixed() {
        return at(Instant.parse("2025-01-15T09:00:00Z"));
    }

    public synchronized void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a clock does not run backwards: " + duration);
        }
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ManualClock(now, other);
    }

    @Override
    public String toString() {
        return "ManualClock[" + now + "]";
    }
}
