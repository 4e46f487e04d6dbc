package io.capitalist4j.testkit.api2;

import java.util.Objects;

/**
 * How a payment ends: EXECUTED, or DECLINED with a reason. The reason reaches the wire only as the callback's
 * {@code comment} (reference §8 "extra information"); a declined payment's debit is refunded.
 */
public record Api2Outcome(Api2State state, String reason) {

    public Api2Outcome {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        if (!state.isFinal()) {
            throw new IllegalArgumentException("an outcome is EXECUTED or DECLINED: " + state);
        }
        if (state == Api2State.DECLINED && reason.isBlank()) {
            throw new IllegalArgumentException("a declined outcome needs a reason");
        }
    }

    public static Api2Outcome executed() {
        return new Api2Outcome(Api2State.EXECUTED, "");
    }

    public static Api2Outcome declined(String reason) {
        return new Api2Outcome(Api2State.DECLINED, reason);
    }

    public boolean isExecuted() {
        return state == Api2State.EXECUTED;
    }
}
