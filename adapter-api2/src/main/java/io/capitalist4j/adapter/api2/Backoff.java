package io.capitalist4j.adapter.api2;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Delays between read attempts: the base doubled per attempt, capped, drawn from the upper half of the range. */
final class Backoff {

    static final Duration CAP = Duration.ofSeconds(10);

    private final long baseMillis;

    Backoff(Duration base) {
        this.baseMillis = base.toMillis();
    }

    long delayMillis(int retry) {
        long ceiling = Math.min(CAP.toMillis(), baseMillis << Math.min(retry - 1, 20));
        long floor = ceiling / 2;
        long delay = ceiling > floor ? ThreadLocalRandom.current().nextLong(floor, ceiling + 1) : ceiling;
        return Math.max(1, delay);
    }
}
