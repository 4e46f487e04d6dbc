package io.capitalist4j.testkit.api2;

import java.time.Duration;
import java.util.Objects;

/**
 * Something that goes wrong with one HTTP call to the fake API2 server. Faults that "process" let the server
 * handle the request first (a payment is created, a balance debited) and then spoil the answer: the lost answer
 * a client must resolve by looking the payment up (reference §6) rather than by sending it again.
 */
public sealed interface Api2Fault {

    /** The fault's name in the request log. */
    String name();

    /** Whether the server handles the request before the fault strikes. */
    boolean processes();

    /** Waits (wall-clock time) before handling the request, then answers normally. */
    record Latency(Duration delay) implements Api2Fault {
        public Latency {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative: " + delay);
            }
        }

        @Override
        public String name() {
            return "latency " + delay.toMillis() + " ms";
        }

        @Override
        public boolean processes() {
            return true;
        }
    }

    /** An error status with {@code {"error": …}}, before anything is handled (a gateway, 429 throttling, a 503). */
    record StatusBefore(int status) implements Api2Fault {
        public StatusBefore {
            requireErrorStatus(status);
        }

        @Override
        public String name() {
            return "status " + status + " before processing";
        }

        @Override
        public boolean processes() {
            return false;
        }
    }

    /** The request is handled (a payment is created), then the answer is replaced by this error status. */
    record StatusAfter(int status) implements Api2Fault {
        public StatusAfter {
            requireErrorStatus(status);
        }

        @Override
        public String name() {
            return "status " + status + " after processing";
        }

        @Override
        public boolean processes() {
            return true;
        }
    }

    /** The connection is closed before the request is handled. */
    record DropBefore() implements Api2Fault {
        @Override
        public String name() {
            return "drop before processing";
        }

        @Override
        public boolean processes() {
            return false;
        }
    }

    /** The request is handled (a payment is created), then the connection is closed without an answer. */
    record DropAfter() implements Api2Fault {
        @Override
        public String name() {
            return "drop after processing";
        }

        @Override
        public boolean processes() {
            return true;
        }
    }

    static Api2Fault latency(Duration delay) {
        return new Latency(delay);
    }

    static Api2Fault statusBefore(int status) {
        return new StatusBefore(status);
    }

    static Api2Fault statusAfter(int status) {
        return new StatusAfter(status);
    }

    static Api2Fault dropBefore() {
        return new DropBefore();
    }

    static Api2Fault dropAfter() {
        return new DropAfter();
    }

    private static void requireErrorStatus(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error status is 400 to 599: " + status);
        }
    }
}
