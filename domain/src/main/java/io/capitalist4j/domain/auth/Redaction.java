package io.capitalist4j.domain.auth;

/**
 * Keeps card numbers out of every text we show: tables, JSON, messages, excerpts, logs. It runs on every printed
 * line, so it is one pass over the characters with no regular expression and no copy when nothing is masked.
 *
 * <p>The rule: a run of 13 to 19 ASCII digits that passes the Luhn check is a card number, whether it stands
 * alone ({@code 4111111111111111}) or in groups of 3 to 6 digits joined by single spaces or dashes
 * ({@code 4111 1111 1111 1111}, {@code 4111-1111-1111-1111}); a form-encoded text counts {@code +} and {@code %20}
 * as spaces and a {@code %XX} escape as a boundary. Its first six and last four digits stay, every other digit
 * becomes {@code *}, and the separators stay where they were ({@code 4111 11** **** 1111}), so a masked text keeps
 * its length and a table its columns. Runs that are not card numbers stay as they are: account numbers
 * ({@code R0000001}), amounts, dates, ids, 20-digit bank accounts, Luhn-invalid runs.
 */
public final class Redaction {

    static final int MIN_DIGITS = 13;
    static final int MAX_DIGITS = 19;
    private static final int MIN_GROUP = 3;
    private static final int MAX_GROUP = 6;
    private static final int KEEP_FIRST = 6;
    private static final int KEEP_LAST = 4;

    private Redaction() {
    }

    /** The text with every card number masked (first six and last four digits kept); {@code null} stays null. */
    public static String maskCardNumbers(String text) {
        if (text == null || !enoughDigits(text)) {
            return text;
        }
        char[] out = null;
        int[] starts = new int[8];
        int[] ends = new int[8];
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (escapeAt(text, i)) {
                i += 3;
                continue;
            }
            if (!digit(text.charAt(i))) {
                i++;
                continue;
            }
            // one run: digit groups joined by single separators
            int groups = 0;
            int at = i;
            while (true) {
                int end = at;
                while (end < n && digit(text.charAt(end))) {
                    end++;
                }
                if (groups == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, groups * 2);
                    ends = java.util.Arrays.copyOf(ends, groups * 2);
                }
                starts[groups] = at;
                ends[groups] = end;
                groups++;
                int next = afterSeparator(text, end);
                if (next < 0) {
                    i = end;
                    break;
                }
                at = next;
            }
            out = maskRun(text, out, starts, ends, groups);
        }
        return out == null ? text : new String(out);
    }

    /**
     * For quoting input we refused: every run of 12 or more digits is shown by its last four only, Luhn-valid or
     * not, because a refused value is often a card number with a typo in it.
     */
    public static String maskDigitRuns(String text) {
        if (text == null) {
            return null;
        }
        char[] out = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!digit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && digit(text.charAt(end))) {
                end++;
            }
            if (end - i >= 12) {
                if (out == null) {
                    out = text.toCharArray();
                }
                java.util.Arrays.fill(out, i, end - KEEP_LAST, '*');
            }
            i = end;
        }
        return out == null ? text : new String(out);
    }

    /** Masks, in one run of groups, the first card number of each start group; later groups are tried after it. */
    private static char[] maskRun(String text, char[] out, int[] starts, int[] ends, int groups) {
        int g = 0;
        while (g < groups) {
            int last = cardEndingGroup(text, starts, ends, groups, g);
            if (last < 0) {
                g++;
                continue;
            }
            if (out == null) {
                out = text.toCharArray();
            }
            mask(out, starts, ends, g, last);
            g = last + 1;
        }
        return out;
    }

    /** The last group of the longest card number that starts with group {@code first}, or -1. */
    private static int cardEndingGroup(String text, int[] starts, int[] ends, int groups, int first) {
        int single = ends[first] - starts[first];
        int found = -1;
        if (single >= MIN_DIGITS && single <= MAX_DIGITS && luhn(text, starts, ends, first, first)) {
            found = first;
        }
        if (single < MIN_GROUP || single > MAX_GROUP || !boundaryBefore(text, starts[first])) {
            return found;
        }
        int digits = single;
        for (int last = first + 1; last < groups; last++) {
            int size = ends[last] - starts[last];
            digits += size;
            if (size < MIN_GROUP || size > MAX_GROUP || digits > MAX_DIGITS) {
                break;
            }
            if (digits >= MIN_DIGITS && boundaryAfter(text, ends[last]) && luhn(text, starts, ends, first, last)) {
                found = last;
            }
        }
        return found;
    }

    private static void mask(char[] out, int[] starts, int[] ends, int first, int last) {
        int total = 0;
        for (int g = first; g <= last; g++) {
            total += ends[g] - starts[g];
        }
        int index = 0;
        for (int g = first; g <= last; g++) {
            for (int p = starts[g]; p < ends[g]; p++, index++) {
                if (index >= KEEP_FIRST && index < total - KEEP_LAST) {
                    out[p] = '*';
                }
            }
        }
    }

    private static boolean luhn(String text, int[] starts, int[] ends, int first, int last) {
        int sum = 0;
        boolean twice = false;
        for (int g = last; g >= first; g--) {
            for (int p = ends[g] - 1; p >= starts[g]; p--) {
                int d = text.charAt(p) - '0';
                if (twice) {
                    d = d * 2 > 9 ? d * 2 - 9 : d * 2;
                }
                sum += d;
                twice = !twice;
            }
        }
        return sum % 10 == 0;
    }

    /** Where the next group starts when a single separator and a digit follow {@code end}, else -1. */
    private static int afterSeparator(String text, int end) {
        int n = text.length();
        int next;
        if (end < n && (text.charAt(end) == ' ' || text.charAt(end) == '-' || text.charAt(end) == '+')) {
            next = end + 1;
        } else if (end + 2 < n && text.charAt(end) == '%' && text.charAt(end + 1) == '2'
                && (text.charAt(end + 2) == '0' || text.charAt(end + 2) == 'D' || text.charAt(end + 2) == 'd')) {
            next = end + 3;
        } else {
            return -1;
        }
        return next < n && digit(text.charAt(next)) ? next : -1;
    }

    /** Grouped digits glued to a word are part of something else (an id, a hex string), not a written card. */
    private static boolean boundaryBefore(String text, int start) {
        if (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1))) {
            return true;
        }
        return start >= 3 && text.charAt(start - 3) == '%';
    }

    private static boolean boundaryAfter(String text, int end) {
        return end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) || escapeAt(text, end);
    }

    /** A {@code %XX} escape: its two hex characters are never digits of a card number. */
    private static boolean escapeAt(String text, int i) {
        return i + 2 < text.length() && text.charAt(i) == '%' && hex(text.charAt(i + 1)) && hex(text.charAt(i + 2));
    }

    private static boolean enoughDigits(String text) {
        int count = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            if (digit(text.charAt(i)) && ++count >= MIN_DIGITS) {
                return true;
            }
        }
        return false;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hex(char c) {
        return digit(c) || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }
}
