package io.capitalist4j.domain.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** A date range, both ends included, written {@code DD.MM.YYYY} on the wire. */
public record Period(LocalDate from, LocalDate to) {

    public static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public static Period of(LocalDate from, LocalDate to) {
        return new Period(from, to);
    }

    public static LocalDate parseDate(String wire) {
        try {
            return LocalDate.parse(wire, WIRE);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("date must be DD.MM.YYYY: '" + wire + "'");
        }
    }

    public String fromWire() {
        return WIRE.format(from);
    }

    public String toWire() {
        return WIRE.format(to);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
