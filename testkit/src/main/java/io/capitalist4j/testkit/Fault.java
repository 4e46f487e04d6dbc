package io.capitalist4j.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * Something that goes wrong with one HTTP call. Faults that say "after processing" let the engine handle the
 * request (its state changes) and then spoil the answer: the "accepted, then lost" case a client must
 * reconcile rather than retry.
 */
public sealed interface Fault {

    /** The fault's name in the request log. */
    String name();

    /** Whether the engine processes the request before the fault strikes. */
    boolean processes();

    /** Waits (wall-clock time) before processing, then answers normally. */
    record Latency(Duration delay) implements Fault {
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

    /** An HTTP error status as from a gateway in front of the API: the request is not processed. */
    record HttpStatus(int status) implements Fault {
        public HttpStatus {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("an error status is 400 to 599: " + status);
            }
        }

        @Override
        public String name() {
            return "http " + status;
        }

        @Override
        public boolean processes() {
            return false;
        }
    }

    /** The connection is closed before the request is processed. */
    record ResetBeforeProcessing() implements Fault {
        @Override
        public String name() {
            return "reset before processing";
        }

        @Override
        public boolean processes() {
            return false;
        }
    }

    /** The request is processed, then the connection is closed without an answer. */
    record ResetAfterProcessing() implements Fault {
        @Override
        public String name() {
            return "reset after processing";
        }

        @Override
        public boolean processes() {
            return true;
        }
    }

    /** The request is processed; half the body is sent (with the full Content-Length), then the connection closes. */
    record TruncatedBody() implements Fault {
        @Override
        public String name() {
            return "truncated body";
        }

        @Override
        public boolean processes() {
            return true;
        }
    }

    /** The request is processed; the answer names a different format in {@code x-response-format}. */
    record WrongFormatHeader() implements Fault {
        @Override
        public String name() {
            return "wrong format header";
        }

        @Override
        public boolean processes() {
            return true;
        }
    }

    /** The request is processed; the body is not a v1 answer at all. */
    record GarbageBody() implements Fault {
        @Override
        public String name() {
            return "garbage body";
        }

        @Override
        public boolean processes() {
            return true;
        }
    }

    static Fault latency(Duration delay) {
        return new Latency(delay);
    }

    static Fault httpStatus(int status) {
        return new HttpStatus(status);
    }

    static Fault resetBeforeProcessing() {
        return new ResetBeforeProcessing();
    }

    static Fault resetAfterProcessing() {
        return new ResetAfterProcessing();
    }

    static Fault truncatedBody() {
        return new TruncatedBody();
    }

    static Fault wrongFormatHeader() {
        return new WrongFormatHeader();
    }

    static Fault garbageBody() {
        return new GarbageBody();
    }
}
