package io.capitalist4j.adapter.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delays between read attempts: the base delay doubled per attempt, capped, and drawn from the upper
 * half of that range so that clients that failed together do not come back together.
 */
final class Backoff {

    static final Duration CAP = Duration.ofSeconds(10);

    private final long baseMillis;

    Backoff(Duration base) {
        this.baseMillis = base.toMillis();
    }

    /** The delay before retry number {@code retry} (1 for the first retry); at least 1 ms for Vert.x timers. */
    long delayMillis(int retry) {
        long ceiling = Math.min(CAP.toMillis(), baseMillis << Math.min(retry - 1, 20));
        long floor = ceiling / 2;
        long delay = ceiling > floor ? ThreadLocalRandom.current().nextLong(floor, ceiling + 1) : ceiling;
        return Math.max(1, delay);
    }
}
