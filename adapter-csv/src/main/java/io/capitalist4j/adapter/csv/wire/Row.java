package io.capitalist4j.adapter.csv.wire;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One line of a CSV answer (or one row of a json-lite answer) split into fields. {@code line} is the
 * 1-based line in the answer, for error messages.
 */
final class Row {

    private final int line;
    private final List<String> fields;

    Row(int line, List<String> fields) {
        this.line = line;
        this.fields = List.copyOf(fields);
    }

    int line() {
        return line;
    }

    int size() {
        return fields.size();
    }

    List<String> fields() {
        return fields;
    }

    Row requireSize(int min, int max, String what) {
        if (fields.size() < min || fields.size() > max) {
            String expected = min == max ? String.valueOf(min) : min + " to " + max;
            throw new IllegalArgumentException("line " + line + " (" + what + ") has " + fields.size()
                    + " fields, expected " + expected);
        }
        return this;
    }

    String text(int index, String field) {
        if (index >= fields.size()) {
            throw new IllegalArgumentException("line " + line + " lacks " + field + " (field " + (index + 1) + ")");
        }
        return fields.get(index);
    }

    Optional<String> optText(int index) {
        return index < fields.size() && !fields.get(index).isEmpty() ? Optional.of(fields.get(index)) : Optional.empty();
    }

    BigDecimal decimal(int index, String field) {
        return Values.decimal(text(index, field), at(field));
    }

    Optional<BigDecimal> optDecimal(int index, String field) {
        return optText(index).map(t -> Values.decimal(t, at(field)));
    }

    int integer(int index, String field) {
        return Values.integer(text(index, field), at(field));
    }

    long longInteger(int index, String field) {
        return Values.longInteger(text(index, field), at(field));
    }

    boolean flag(int index, String field) {
        return Values.flag(text(index, field), at(field));
    }

    private String at(String field) {
        return field + " on line " + line;
    }
}
