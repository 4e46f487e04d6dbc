package io.capitalist4j.adapter.csv.wire;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The legacy CSV answer: lines split on {@code \n} (a trailing {@code \r} is dropped), fields on
 * {@code ;}. A field that starts with a double quote runs to the closing quote, may contain {@code ;},
 * and writes a quote inside as {@code ""} (the only quoting the docs show is
 * {@code 0;R0100419;RUR;"Test API account"}).
 */
final class CsvText {

    private CsvText() {
    }

    /** Strict UTF-8: a body that is not UTF-8 is not an answer we can read. */
    static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the answer is not valid UTF-8");
        }
    }

    /** The lines without their terminators; blank lines at the end are dropped. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            lines.add(line);
            start = end + 1;
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    static List<String> fields(String line, int lineNumber) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            StringBuilder field = new StringBuilder();
            if (i < n && line.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && line.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        closed = true;
                        break;
                    }
                    field.append(c);
                    i++;
                }
                if (!closed) {
                    throw new IllegalArgumentException("line " + lineNumber + " has a quoted field without its closing quote");
                }
                if (i < n && line.charAt(i) != ';') {
                    throw new IllegalArgumentException("line " + lineNumber + " has text after a closing quote");
                }
            } else {
                int end = line.indexOf(';', i);
                if (end < 0) {
                    end = n;
                }
                field.append(line, i, end);
                i = end;
            }
            fields.add(field.toString());
            if (i >= n) {
                return fields;
            }
            i++; // the ';'
            if (i == n) {
                fields.add("");
                return fields;
            }
        }
    }
}
