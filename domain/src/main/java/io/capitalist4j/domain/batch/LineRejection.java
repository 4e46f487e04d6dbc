package io.capitalist4j.domain.batch;

import java.util.Objects;

/** A line the server rejected at upload ({@code errors[]} / {@code errorAtLine}): 1-based line and comment. */
public record LineRejection(int line, String comment) {
    public LineRejection {
        Objects.requireNonNull(comment, "comment");
    }
}
