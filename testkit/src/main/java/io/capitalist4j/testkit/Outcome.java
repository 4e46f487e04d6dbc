package io.capitalist4j.testkit;

import io.capitalist4j.domain.batch.RecordState;
import java.util.Objects;

/** How a record ends: PROCESSED, or DECLINED with the reason shown as errorDetails and document comment. */
public record Outcome(RecordState state, String reason) {

    public Outcome {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        if (!state.isFinal()) {
            throw new IllegalArgumentException("an outcome is PROCESSED or DECLINED: " + state);
        }
        if (state == RecordState.DECLINED && reason.isBlank()) {
            throw new IllegalArgumentException("a declined outcome needs a reason");
        }
    }

    public static Outcome processed() {
        return new Outcome(RecordState.PROCESSED, "");
    }

    public static Outcome declined(String reason) {
        return new Outcome(RecordState.DECLINED, reason);
    }

    public boolean isProcessed() {
        return state == RecordState.PROCESSED;
    }
}
