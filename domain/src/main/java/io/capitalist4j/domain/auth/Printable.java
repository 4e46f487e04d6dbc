package io.capitalist4j.domain.auth;

/**
 * Text from elsewhere (a server, a file) made safe to show on a terminal or in a log line: card numbers masked
 * ({@link Redaction#maskCardNumbers}) and every control character escaped, so that an {@code ESC[2J}, a title
 * sequence, a carriage return or a backspace cannot clear, retitle or overwrite what the reader sees, and a line
 * break cannot forge a second line. {@code \n}, {@code \r} and {@code \t} become those two characters; other C0
 * characters and DEL become {@code \xHH}; C1 characters, bidirectional overrides and line separators become
 * {@code \}{@code uHHHH}. Printable text, backslashes included, is left as it is.
 */
public final class Printable {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Printable() {
    }

    /** Card numbers masked and control characters escaped; {@code null} stays null. */
    public static String of(String text) {
        return escapeControls(Redaction.maskCardNumbers(text));
    }

    /** Control characters escaped; no copy when there is none. */
    public static String escapeControls(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int first = 0;
        while (first < n && !control(text.charAt(first))) {
            first++;
        }
        if (first == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n + 16).append(text, 0, first);
        for (int i = first; i < n; i++) {
            char c = text.charAt(i);
            if (!control(c)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x80) {
                out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            } else {
                out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                        .append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /** Whether a character would steer the terminal or the reading order rather than show. */
    static boolean control(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029';
    }
}
