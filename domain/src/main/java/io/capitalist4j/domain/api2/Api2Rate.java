package io.capitalist4j.domain.api2;

import io.capitalist4j.domain.money.Currency;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * {@code GET /v1/rate?from=&to=}: the bare number the server answers, read as units of {@code to} per one unit of
 * {@code from} (the reference's reading; the page does not spell the direction out). A quote keeps the precision
 * the server sent.
 */
public record Api2Rate(Currency from, Currency to, BigDecimal rate) {
    public Api2Rate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rate, "rate");
    }
}
