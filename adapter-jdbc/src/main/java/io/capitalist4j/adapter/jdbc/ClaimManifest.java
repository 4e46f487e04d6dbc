package io.capitalist4j.adapter.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The numbers one claim took, as one text: one number per line, a backslash or a line break inside a number written
 * as {@code \\} or {@code \n}. Kept in the claim's row while numbers follow it, so that a settle naming the whole
 * claim is checked against one row instead of ten thousand.
 */
final class ClaimManifest {

    private ClaimManifest() {
    }

    static String encode(Collection<String> numbers) {
        StringBuilder text = new StringBuilder(numbers.size() * 16);
        for (String number : numbers) {
            if (text.length() > 0) {
                text.append('\n');
            }
            for (int i = 0; i < number.length(); i++) {
                char ch = number.charAt(i);
                if (ch == '\\') {
                    text.append("\\\\");
                } else if (ch == '\n') {
                    text.append("\\n");
                } else {
                    text.append(ch);
                }
            }
        }
        return text.toString();
    }

    /** @throws IllegalStateException for a text {@link #encode} cannot have written */
    static List<String> decode(String text) {
        List<String> numbers = new ArrayList<>();
        if (text.isEmpty()) {
            return numbers;
        }
        StringBuilder number = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                numbers.add(number.toString());
                number.setLength(0);
            } else if (ch == '\\') {
                if (++i == text.length()) {
                    throw new IllegalStateException("a claim's numbers end in a lone backslash");
                }
                char escaped = text.charAt(i);
                if (escaped == 'n') {
                    number.append('\n');
                } else if (escaped == '\\') {
                    number.append('\\');
                } else {
                    throw new IllegalStateException("a claim's numbers hold an unknown escape \\" + escaped);
                }
            } else {
                number.append(ch);
            }
        }
        numbers.add(number.toString());
        return numbers;
    }
}
