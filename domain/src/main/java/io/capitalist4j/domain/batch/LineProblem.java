package io.capitalist4j.domain.batch;

import java.util.Objects;

/** Why one line of a batch cannot be sent: its 1-based number, the field, the reason. */
public record LineProblem(int line, String field, String reason) {

    public LineProblem {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1: " + line);
        }
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "line " + line + ", " + field + ": " + reason;
    }
}
