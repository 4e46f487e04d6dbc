package io.capitalist4j.domain.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** A date range, both ends included, written {@code DD.MM.YYYY} on the wire. */
public record Period(LocalDate from, LocalDate to) {

    public static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    /**
     * The zone the API dates documents in (Moscow time, reference §8). "Today" for a default period is
     * today there, or a document created just now can fall outside a period that ends at the local date.
     */
    public static final java.time.ZoneId API_ZONE = java.time.ZoneId.of("Europe/Moscow");

    /** Today in the API's zone. */
    public static LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(API_ZONE));
    }

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
