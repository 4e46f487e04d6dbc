package io.capitalist4j.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in a currency, always held at the currency's scale. Construction never rounds: an amount
 * with more decimal places than the currency allows (after dropping trailing zeros) is rejected.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!withinDigits(amount)) {
            throw new IllegalArgumentException("amount has more than " + MAX_DIGITS + " digits: " + shown(amount.toString()));
        }
        amount = atScale(amount, currency);
    }

    /**
     * The most digits a decimal may have written out in full: the digits of the text as given, leading zeros
     * included, or for a value such as {@code 1E+5} its plain form ({@code 100000}, six digits; {@code 0.001} has
     * four). Real amounts, fees and rates have far fewer. The bound keeps a hostile {@code 1e999999999} or a
     * megabyte of digits from costing memory or time wherever the value goes next (a scale change, a plain
     * string): such a value is refused where it is read.
     */
    public static final int MAX_DIGITS = 40;

    /** Whether {@code value} written out in full has at most {@link #MAX_DIGITS} digits. */
    public static boolean withinDigits(BigDecimal value) {
        long precision = value.precision();
        long scale = value.scale();
        long digits = scale <= 0 ? precision - scale : Math.max(precision, scale + 1);
        return digits <= MAX_DIGITS;
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
     * Parses a wire amount: ASCII digits with an optional {@code .} and fraction, an optional leading
     * {@code -}, at most {@link #MAX_DIGITS} digits. No exponent, no grouping, no comma, no plus sign. The value
     * and scale are those
     * {@code new BigDecimal(text)} gives ({@code "40.00"} keeps its two places). This is the one decimal
     * reader of the code base: every amount of every answer passes through it.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static BigDecimal parseDecimal(String text) {
        Objects.requireNonNull(text, "amount");
        return parseDecimal(text, 0, text.length());
    }

    /**
     * {@link #parseDecimal(String)} of {@code text[from, to)}, read in place (a CSV line or a JSON parser's
     * buffer) without copying it.
     *
     * @throws IllegalArgumentException when that range is not such a number
     * @throws IndexOutOfBoundsException when the range lies outside the text
     */
    public static BigDecimal parseDecimal(CharSequence text, int from, int to) {
        Objects.requireNonNull(text, "amount");
        Objects.checkFromToIndex(from, to, text.length());
        BigDecimal value = scan(text, from, to);
        if (value == null) {
            throw new IllegalArgumentException("amount must be digits with '.' as decimal separator: "
                    + shown(text.subSequence(from, Math.min(to, from + SHOWN + 1)).toString()));
        }
        if (value == TOO_LONG) {
            throw new IllegalArgumentException("amount has more than " + MAX_DIGITS + " digits: "
                    + shown(text.subSequence(from, Math.min(to, from + SHOWN + 1)).toString()));
        }
        return value;
    }

    /** What {@link #scan} gives for a number of the right shape with too many digits; never returned. */
    private static final BigDecimal TOO_LONG = new BigDecimal("-0.0");

    /** Longest piece of a bad value quoted in a message: the value comes from a file or a server. */
    private static final int SHOWN = 40;

    private static String shown(String text) {
        return "'" + (text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text) + "'";
    }

    /** Up to this many digits the unscaled value fits a long. */
    private static final int LONG_DIGITS = 18;

    /**
     * One loop over {@code -?[0-9]+(\.[0-9]+)?}, null for anything else, {@link #TOO_LONG} past
     * {@link #MAX_DIGITS} digits (the rest of the text is still checked for its shape first). The JDK parsers
     * alone would also take {@code +1}, exponents and non-ASCII digits; and amounts are short, so their digits are
     * summed in a long rather than handed to BigDecimal's own parser, which copies the text first.
     */
    private static BigDecimal scan(CharSequence text, int from, int to) {
        boolean negative = from < to && text.charAt(from) == '-';
        int i = negative ? from + 1 : from;
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (point) {
                    scale++;
                }
            } else if (c == '.' && !point && digits > 0) {
                point = true;
            } else {
                return null;
            }
        }
        if (digits == 0 || (point && scale == 0)) {
            return null;
        }
        if (digits > MAX_DIGITS) {
            return TOO_LONG;
        }
        if (digits > LONG_DIGITS) {
            return new BigDecimal(text.subSequence(from, to).toString());
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
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
