package io.capitalist4j.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * How long an accepted record stays in each state before it moves on, measured on the sandbox clock:
 * NEW → READY after {@code toReady}, READY → INPROCESS after {@code toInProcess}, INPROCESS → PROCESSED or
 * DECLINED after {@code toFinal}. A MOBILE batch starts its timeline when process_batch confirms it.
 */
public record Timeline(Duration toReady, Duration toInProcess, Duration toFinal) {

    public Timeline {
        requireNotNegative("toReady", toReady);
        requireNotNegative("toInProcess", toInProcess);
        requireNotNegative("toFinal", toFinal);
    }

    /** The same step between every two states. */
    public static Timeline steps(Duration each) {
        return new Timeline(each, each, each);
    }

    /** Records are final as soon as they are accepted (confirmed, for MOBILE). */
    public static Timeline immediate() {
        return steps(Duration.ZERO);
    }

    /** The time from start to the final state. */
    public Duration total() {
        return toReady.plus(toInProcess).plus(toFinal);
    }

    private static void requireNotNegative(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + d);
        }
    }
}
