package io.capitalist4j.adapter.csv.wire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a CSV answer (or one row of a json-lite answer) split into fields. {@code line} is the
 * 1-based line in the answer, for error messages.
 *
 * <p>A CSV row is a view of the answer's text: it keeps where each field starts and ends, and makes a
 * String only of a field read as text. Numbers are read from the text in place, and the short values
 * that recur on every line (a currency, a state) are shared through the answer's {@link Recurring}; a
 * page of a thousand records would otherwise make ten thousand strings to throw away.
 */
final class Row {

    private final int line;
    /** The answer's text, or null when every field is in {@code values}. */
    private final String text;
    /** Start and end of field i in {@code text} at 2i and 2i + 1. */
    private final int[] bounds;
    /** The field's value where it is not the text between its bounds (a quoted field; a json-lite cell). */
    private final String[] values;
    private final int size;
    private final Recurring recurring;

    /** A row of fields given as strings. */
    Row(int line, List<String> fields) {
        this.line = line;
        this.text = null;
        this.bounds = null;
        this.values = fields.toArray(new String[0]);
        for (String field : values) {
            Objects.requireNonNull(field, "field");
        }
        this.size = values.length;
        this.recurring = null;
    }

    /**
     * A row of {@code text}; the arrays are handed over. {@code values} may be null, or hold a value for
     * the fields whose text is not their value.
     */
    Row(int line, String text, int[] bounds, String[] values, int size, Recurring recurring) {
        this.line = line;
        this.text = Objects.requireNonNull(text, "text");
        this.bounds = Objects.requireNonNull(bounds, "bounds");
        this.values = values;
        this.size = size;
        this.recurring = Objects.requireNonNull(recurring, "recurring");
    }

    int line() {
        return line;
    }

    int size() {
        return size;
    }

    List<String> fields() {
        List<String> fields = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            fields.add(field(i));
        }
        return Collections.unmodifiableList(fields);
    }

    Row requireSize(int min, int max, String what) {
        if (size < min || size > max) {
            String expected = min == max ? String.valueOf(min) : min + " to " + max;
            throw new IllegalArgumentException("line " + line + " (" + what + ") has " + size
                    + " fields, expected " + expected);
        }
        return this;
    }

    String text(int index, String field) {
        present(index, field);
        return field(index);
    }

    /**
     * As {@link #text}, for a field with few values that recur from line to line (a currency, a state, a
     * payment type): equal values come back as one String.
     */
    String recurringText(int index, String field) {
        present(index, field);
        if (inText(index)) {
            return recurring.text(text, bounds[2 * index], bounds[2 * index + 1]);
        }
        return values[index];
    }

    Optional<String> optText(int index) {
        return index < size && !isEmpty(index) ? Optional.of(field(index)) : Optional.empty();
    }

    // The field's name and line go to Values separately: the "... on line N" text is built only on failure.

    BigDecimal decimal(int index, String field) {
        present(index, field);
        return decimalAt(index, field);
    }

    Optional<BigDecimal> optDecimal(int index, String field) {
        return index < size && !isEmpty(index) ? Optional.of(decimalAt(index, field)) : Optional.empty();
    }

    int integer(int index, String field) {
        present(index, field);
        if (inText(index)) {
            return Values.integer(text, bounds[2 * index], bounds[2 * index + 1], field, line);
        }
        return Values.integer(values[index], field, line);
    }

    long longInteger(int index, String field) {
        return Values.longInteger(text(index, field), field, line);
    }

    boolean flag(int index, String field) {
        return Values.flag(text(index, field), field, line);
    }

    private BigDecimal decimalAt(int index, String field) {
        if (inText(index)) {
            return Values.decimal(text, bounds[2 * index], bounds[2 * index + 1], field, line);
        }
        return Values.decimal(values[index], field, line);
    }

    private void present(int index, String field) {
        if (index >= size) {
            throw new IllegalArgumentException("line " + line + " lacks " + field + " (field " + (index + 1) + ")");
        }
    }

    private boolean inText(int index) {
        return values == null || values[index] == null;
    }

    private boolean isEmpty(int index) {
        return inText(index) ? bounds[2 * index] == bounds[2 * index + 1] : values[index].isEmpty();
    }

    private String field(int index) {
        return inText(index) ? text.substring(bounds[2 * index], bounds[2 * index + 1]) : values[index];
    }
}
