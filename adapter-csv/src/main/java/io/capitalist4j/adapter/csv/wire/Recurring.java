package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * The fields of one answer that recur from record to record (a currency, a state, a payment type, an
 * error text): each distinct value is made into a String once and then handed out again, equal to the
 * one that would have been made (by the JSON parser's {@code getText()}, or by {@code substring} of a CSV
 * answer's text). Short values only, and only the first few distinct ones; anything else is made afresh.
 * Not thread-safe: one per answer being read.
 */
final class Recurring {

    private static final int LONGEST = 64;
    private final String[] known = new String[16];
    private int count;

    /** The text of the string token the parser stands on. */
    String text(JsonParser p) throws IOException {
        int length = p.getTextLength();
        if (length == 0) {
            return "";
        }
        if (length > LONGEST) {
            return p.getText();
        }
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        for (int k = 0; k < count; k++) {
            if (matches(known[k], chars, offset, length)) {
                return known[k];
            }
        }
        String value = new String(chars, offset, length);
        if (count < known.length) {
            known[count++] = value;
        }
        return value;
    }

    /** {@code text[from, to)}, as {@code text.substring(from, to)} would give it. */
    String text(String text, int from, int to) {
        int length = to - from;
        if (length == 0) {
            return "";
        }
        if (length > LONGEST) {
            return text.substring(from, to);
        }
        for (int k = 0; k < count; k++) {
            if (known[k].length() == length && text.regionMatches(from, known[k], 0, length)) {
                return known[k];
            }
        }
        String value = text.substring(from, to);
        if (count < this.known.length) {
            this.known[count++] = value;
        }
        return value;
    }

    /** Whether {@code chars[offset, offset + length)} is {@code known}; no String made to find out. */
    static boolean matches(String known, char[] chars, int offset, int length) {
        if (known.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
