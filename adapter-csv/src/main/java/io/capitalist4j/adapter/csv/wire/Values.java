package io.capitalist4j.adapter.csv.wire;

import java.math.BigDecimal;

/**
 * Reads wire text as numbers without ever passing through a double, so that {@code "40.00"} stays
 * 40.00. Problems surface as {@link IllegalArgumentException} naming the field; the decoder turns them
 * into a DecodingException.
 *
 * <p>The accepted shapes are {@code -?[0-9]+} for integers and {@code -?[0-9]+(\.[0-9]+)?} for decimals,
 * checked by a plain loop: the JDK parsers alone would also take {@code +1}, exponents and non-ASCII
 * digits. A field is named by its label and, for CSV, its line; the message is built only on failure,
 * since every number of every answer passes through here.
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
        BigDecimal value = text == null ? null : parseDecimal(text);
        if (value == null) {
            throw new IllegalArgumentException(label(field, line) + " is not a decimal number: " + shown(text));
        }
        return value;
    }

    /** The decimal {@code text[from, to)} holds, read in place; as {@link #decimal(String, String, int)}. */
    static BigDecimal decimal(String text, int from, int to, String field, int line) {
        BigDecimal value = parseDecimal(text, from, to);
        if (value == null) {
            throw new IllegalArgumentException(label(field, line) + " is not a decimal number: "
                    + shown(text.substring(from, to)));
        }
        return value;
    }

    /** Up to this many digits the unscaled value fits a long. */
    private static final int LONG_DIGITS = 18;

    /**
     * The decimal {@code -?[0-9]+(\.[0-9]+)?} holds, with the scale its fraction gives, or null for any other
     * text. Amounts are short: their digits are summed in a long rather than handed to BigDecimal's own
     * parser, which copies the text first; the value and scale are those {@code new BigDecimal(text)} gives.
     */
    static BigDecimal parseDecimal(String text) {
        return parseDecimal(text, 0, text.length());
    }

    /** {@link #parseDecimal(String)} of {@code text[from, to)}. */
    static BigDecimal parseDecimal(String text, int from, int n) {
        return parseDecimal((CharSequence) text, from, n);
    }

    /** {@link #parseDecimal(String)} of {@code text[from, n)} (a JSON parser's text buffer). */
    static BigDecimal parseDecimal(char[] text, int from, int n) {
        return parseDecimal(java.nio.CharBuffer.wrap(text), from, n);
    }

    /** One scan for both: digits with at most one '.', no exponent; null when the text is not such a number. */
    private static BigDecimal parseDecimal(CharSequence text, int from, int n) {
        boolean negative = from < n && text.charAt(from) == '-';
        int i = negative ? from + 1 : from;
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        for (; i < n; i++) {
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
        if (digits > LONG_DIGITS) {
            return new BigDecimal(text.subSequence(from, n).toString());
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
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
