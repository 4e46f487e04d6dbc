package io.capitalist4j.adapter.csv.wire;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads wire text as numbers without ever passing through a double, so that {@code "40.00"} stays
 * 40.00. Problems surface as {@link IllegalArgumentException} naming the field; the decoder turns them
 * into a DecodingException.
 */
final class Values {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final int SHOWN = 40;

    private Values() {
    }

    static BigDecimal decimal(String text, String field) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException(field + " is not a decimal number: " + shown(text));
        }
        return new BigDecimal(text);
    }

    static int integer(String text, String field) {
        if (text == null || !INTEGER.matcher(text).matches()) {
            throw new IllegalArgumentException(field + " is not an integer: " + shown(text));
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " is out of range: " + shown(text));
        }
    }

    static long longInteger(String text, String field) {
        if (text == null || !INTEGER.matcher(text).matches()) {
            throw new IllegalArgumentException(field + " is not an integer: " + shown(text));
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " is out of range: " + shown(text));
        }
    }

    /** true/false/1/0, as the API writes flags in JSON and CSV. */
    static boolean flag(String text, String field) {
        if ("1".equals(text) || "true".equalsIgnoreCase(String.valueOf(text))) {
            return true;
        }
        if ("0".equals(text) || "false".equalsIgnoreCase(String.valueOf(text))) {
            return false;
        }
        throw new IllegalArgumentException(field + " is not a flag (true, false, 1 or 0): " + shown(text));
    }

    /** A bounded quote of a bad value for an error message. */
    static String shown(String text) {
        if (text == null) {
            return "nothing";
        }
        return "'" + (text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text) + "'";
    }
}
