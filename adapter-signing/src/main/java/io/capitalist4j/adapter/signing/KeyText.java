package io.capitalist4j.adapter.signing;

import java.util.ArrayList;
import java.util.List;

/**
 * The meaningful lines of a key file as people actually save them: a UTF-8 byte order mark, CRLF or CR line
 * ends, blank lines and trailing spaces are all dropped (the PHP client reads key files the same forgiving
 * way). Leading spaces are kept: no format we read has them, and keeping them keeps the salt verbatim.
 */
final class KeyText {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private KeyText() {
    }

    static List<String> lines(String content) {
        String text = !content.isEmpty() && content.charAt(0) == BYTE_ORDER_MARK ? content.substring(1) : content;
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n")) {
            String trimmed = stripTrailing(line);
            if (!trimmed.isEmpty()) {
                lines.add(trimmed);
            }
        }
        return lines;
    }

    /** Strips spaces, tabs and other control characters at the end, like PHP's rtrim. */
    private static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) <= ' ' || Character.isWhitespace(line.charAt(end - 1)))) {
            end--;
        }
        return line.substring(0, end);
    }

    static boolean containsPem(List<String> lines) {
        for (String line : lines) {
            if (line.contains(PemBlock.BEGIN)) {
                return true;
            }
        }
        return false;
    }
}
