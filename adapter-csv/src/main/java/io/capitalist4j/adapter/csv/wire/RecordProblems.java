package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The fields of one record that could not be read. A record is a list item: one odd field (null, a list where a
 * text belongs, {@code "1,5"} for an amount) keeps the record with a problem rather than sinking the page. A value
 * shaped like a number that still cannot be read (beyond the bounds on digits, out of range) is no odd field but a
 * hostile answer, and fails the page as before. The messages are the reads' own, in the order they ran, so that
 * the streamed and the tree reading of one body report the same text.
 */
final class RecordProblems {

    private StringBuilder text;

    /** The field {@code field} of a JSON record as {@code read} gives it, or {@code fallback} with the problem noted. */
    <T> T read(JsonNode record, String field, BiFunction<JsonNode, String, T> read, T fallback) {
        try {
            return read.apply(record, field);
        } catch (IllegalArgumentException e) {
            JsonNode value = record.get(field);
            if (value != null && (value.isNumber() || value.isTextual() && numberShaped(value.textValue()))) {
                throw e;
            }
            return noted(e, fallback);
        }
    }

    /** As {@link #read(JsonNode, String, BiFunction, Object)}, for a CSV cell. */
    <T> T read(String cell, Supplier<T> read, T fallback) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            if (cell != null && numberShaped(cell)) {
                throw e;
            }
            return noted(e, fallback);
        }
    }

    private <T> T noted(IllegalArgumentException e, T fallback) {
        if (text == null) {
            text = new StringBuilder();
        } else {
            text.append("; ");
        }
        text.append(e.getMessage());
        return fallback;
    }

    /** Digits with at most sign, point and exponent: a number, however long. */
    static boolean numberShaped(String text) {
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '-' && c != '+' && c != '.' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return digit;
    }

    Optional<String> get() {
        return text == null ? Optional.empty() : Optional.of(text.toString());
    }
}
