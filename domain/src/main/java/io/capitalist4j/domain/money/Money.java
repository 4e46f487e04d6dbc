package io.capitalist4j.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount in a currency, always held at the currency's scale. Construction never rounds: an amount
 * with more decimal places than the currency allows (after dropping trailing zeros) is rejected.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    private static final Pattern WIRE = Pattern.compile("-?\\d+(\\.\\d+)?");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = atScale(amount, currency);
    }

    public static Money of(String amount, Currency currency) {
        return new Money(parseDecimal(amount), currency);
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * Parses a wire amount: digits with an optional {@code .} and fraction. No exponent, no grouping,
     * no comma, no plus sign.
     */
    public static BigDecimal parseDecimal(String text) {
        Objects.requireNonNull(text, "amount");
        if (!WIRE.matcher(text).matches()) {
            throw new IllegalArgumentException("amount must be digits with '.' as decimal separator: '" + text + "'");
        }
        return new BigDecimal(text);
    }

    private static BigDecimal atScale(BigDecimal value, Currency currency) {
        try {
            return value.setScale(currency.scale(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount " + value.toPlainString() + " has more than "
                    + currency.scale() + " decimal places allowed for " + currency.code());
        }
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** This amount, or an exception naming {@code field} if it is not greater than zero. */
    public Money requirePositive(String field) {
        if (!isPositive()) {
            throw new IllegalArgumentException(field + " must be greater than zero: " + toWire());
        }
        return this;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " and " + other.currency);
        }
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /** The amount as the API writes it: plain digits, {@code .} separator, the currency's scale. */
    public String toWire() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return toWire() + " " + currency.code();
    }
}
