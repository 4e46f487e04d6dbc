package io.capitalist4j.domain.rate;

import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What converting {@code from} into {@code to} costs, in words both protocols share: give {@code give} units of
 * {@code from}, receive {@code receive} units of {@code to}. A quote is a ratio of two numbers as the server sent
 * them, so nothing is divided (or rounded) until {@link #receiveFor} is asked, with the rounding the caller chooses.
 *
 * <p>API2 answers "units of {@code to} per one {@code from}" (give 1); v1's {@code currency_rates} answers the
 * price of {@code target} in {@code amountCur} (give that price, receive 1 — or 100 for {@code uahSell}).
 * docs/protocol-notes.md says how each v1 list is read.
 */
public record ConversionQuote(Currency from, Currency to, BigDecimal give, BigDecimal receive) {

    public ConversionQuote {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(give, "give");
        Objects.requireNonNull(receive, "receive");
        if (give.signum() <= 0 || receive.signum() <= 0) {
            throw new IllegalArgumentException("a quote's amounts must be greater than zero: give "
                    + give.toPlainString() + " " + from.code() + ", receive " + receive.toPlainString() + " "
                    + to.code());
        }
    }

    /** {@code rate} units of {@code to} for one {@code from}. */
    public static ConversionQuote perUnit(Currency from, Currency to, BigDecimal rate) {
        return new ConversionQuote(from, to, BigDecimal.ONE, rate);
    }

    /** One for one: a currency converted into itself. */
    public static ConversionQuote same(Currency currency) {
        return new ConversionQuote(currency, currency, BigDecimal.ONE, BigDecimal.ONE);
    }

    /**
     * What {@code amount} (in {@code from}) converts into, at {@code to}'s scale, rounded as the caller says;
     * {@link RoundingMode#UNNECESSARY} fails when the result does not fit that scale exactly.
     *
     * @throws IllegalArgumentException when {@code amount} is not in {@code from}
     * @throws ArithmeticException under {@code UNNECESSARY} when rounding would be needed
     */
    public Money receiveFor(Money amount, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rounding, "rounding");
        if (!amount.currency().equals(from)) {
            throw new IllegalArgumentException("quote converts " + from.code() + ", not " + amount.currency().code());
        }
        BigDecimal converted = amount.amount().multiply(receive).divide(give, to.scale(), rounding);
        return Money.of(converted, to);
    }

    @Override
    public String toString() {
        return give.toPlainString() + " " + from.code() + " -> " + receive.toPlainString() + " " + to.code();
    }
}
