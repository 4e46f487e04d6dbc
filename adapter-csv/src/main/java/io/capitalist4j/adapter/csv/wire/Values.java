package io.capitalist4j.adapter.csv.wire;

import io.capitalist4j.domain.money.Money;
import java.math.BigDecimal;
import java.nio.CharBuffer;

/**
 * Reads wire text as numbers without ever passing through a double, so that {@code "40.00"} stays
 * 40.00. Problems surface as {@link IllegalArgumentException} naming the field; the decoder turns them
 * into a DecodingException.
 *
 * <p>The accepted shapes are {@code -?[0-9]+} for integers, checked by a plain loop (the JDK parsers alone
 * would also take {@code +1} and non-ASCII digits), and for decimals those of
 * {@link Money#parseDecimal(String)}, the one decimal reader of the code base. A field is named by its label
 * and, for CSV, its line; the message is built only on failure, since every number of every answer passes
 * through here.
 */
final class Values {

    private static final int SHOWN = 40;

    private Values() {
    }

    static BigDecimal decimal(String text, String field) {
        return decimal(text, field, 0);
    }

    /** {@code line} above 0 adds "on line N" to the field's name in a failure message. */
    static BigDecimal decimal(String text, String field, int line) {
        if (text == null) {
            throw notDecimal(field, line, null);
        }
        return decimal(text, 0, text.length(), field, line);
    }

    /** The decimal {@code text[from, to)} holds, read in place; as {@link #decimal(String, String, int)}. */
    static BigDecimal decimal(String text, int from, int to, String field, int line) {
        try {
            return Money.parseDecimal(text, from, to);
        } catch (IllegalArgumentException e) {
            throw notDecimal(field, line, text.substring(from, to));
        }
    }

    /** The decimal {@code text[from, to)} holds (a JSON parser's text buffer), or null for any other text. */
    static BigDecimal decimalOrNull(char[] text, int from, int to) {
        try {
            return Money.parseDecimal(CharBuffer.wrap(text), from, to);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A number Jackson read (a JSON number, which may carry an exponent), refused naming the field when written out
     * it would have more than {@link Money#MAX_DIGITS} digits: {@code 1e999999999} is eleven characters on the
     * wire and a billion digits in a plain string or at a currency's scale.
     */
    static BigDecimal bounded(BigDecimal value, String field) {
        if (!Money.withinDigits(value)) {
            throw new IllegalArgumentException(field + " has more than " + Money.MAX_DIGITS + " digits: "
                    + shown(value.toString()));
        }
        return value;
    }

    /** {@code value} when {@link #bounded} would take it, else null. */
    static BigDecimal boundedOrNull(BigDecimal value) {
        return Money.withinDigits(value) ? value : null;
    }

    private static IllegalArgumentException notDecimal(String field, int line, String text) {
        return new IllegalArgumentException(label(field, line) + " is not a decimal number: " + shown(text));
    }

    static int integer(String text, String field) {
        return integer(text, field, 0);
    }

    /**
     * The integer {@code text[from, to)} holds, read in place. Nine digits always fit an int; anything longer
     * or of another shape goes to {@link #integer(String, String, int)}, which decides and words the failure.
     */
    static int integer(String text, int from, int to, String field, int line) {
        boolean negative = from < to && text.charAt(from) == '-';
        int i = negative ? from + 1 : from;
        if (i == to || to - i > 9) {
            return integer(text.substring(from, to), field, line);
        }
        int value = 0;
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return integer(text.substring(from, to), field, line);
            }
            value = value * 10 + (c - '0');
        }
        return negative ? -value : value;
    }

    static int integer(String text, String field, int line) {
        if (text == null || !isInteger(text)) {
            throw new IllegalArgumentException(label(field, line) + " is not an integer: " + shown(text));
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(label(field, line) + " is out of range: " + shown(text));
        }
    }

    static long longInteger(String text, String field) {
        return longInteger(text, field, 0);
    }

    static long longInteger(String text, String field, int line) {
        if (text == null || !isInteger(text)) {
            throw new IllegalArgumentException(label(field, line) + " is not an integer: " + shown(text));
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(label(field, line) + " is out of range: " + shown(text));
        }
    }

    /** true/false/1/0, as the API writes flags in JSON and CSV. */
    static boolean flag(String text, String field) {
        return flag(text, field, 0);
    }

    static boolean flag(String text, String field, int line) {
        if ("1".equals(text) || "true".equalsIgnoreCase(text)) {
            return true;
        }
        if ("0".equals(text) || "false".equalsIgnoreCase(text)) {
            return false;
        }
        throw new IllegalArgumentException(label(field, line) + " is not a flag (true, false, 1 or 0): " + shown(text));
    }

    /** {@code -?[0-9]+}. */
    static boolean isInteger(String text) {
        int n = text.length();
        int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (i == n) {
            return false;
        }
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String label(String field, int line) {
        return line > 0 ? field + " on line " + line : field;
    }

    /** A bounded quote of a bad value for an error message. */
    static String shown(String text) {
        if (text == null) {
            return "nothing";
        }
        return "'" + (text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text) + "'";
    }
}
