package io.capitalist4j.testkit;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a condition another thread makes true; the guard only turns a hang into a failure. */
public final class Awaiting {

    private Awaiting() {
    }

    public static boolean until(BooleanSupplier condition, Duration guard) {
        long deadline = System.nanoTime() + guard.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(1_000_000L);
        }
        return true;
    }
}
