package io.capitalist4j.adapter.csv.wire;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The fields of one record that could not be read. A record is a list item: one odd field keeps the record
 * with a problem rather than sinking the page, and the messages are the reads' own, in the order they ran,
 * so that the streamed and the tree reading of one body report the same text.
 */
final class RecordProblems {

    private StringBuilder text;

    /** The field as {@code read} gives it, or {@code fallback} with the read's message noted. */
    <T> T read(Supplier<T> read, T fallback) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            if (text == null) {
                text = new StringBuilder();
            } else {
                text.append("; ");
            }
            text.append(e.getMessage());
            return fallback;
        }
    }

    Optional<String> get() {
        return text == null ? Optional.empty() : Optional.of(text.toString());
    }
}
