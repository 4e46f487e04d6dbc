package io.capitalist4j.adapter.csv.wire;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * Strict UTF-8: a body that is not UTF-8 is not an answer we can read. The JDK's own decoding is the
     * fast path; it writes U+FFFD for every malformed sequence, so only a text holding U+FFFD (malformed,
     * or a U+FFFD the server really sent) is checked again by a reporting decoder.
     */
    static String utf8(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(body));
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("the answer is not valid UTF-8");
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The lines without their terminators; blank lines at the end are dropped. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int limit = contentEnd(text);
        if (limit < 0) {
            return lines;
        }
        int start = 0;
        while (true) {
            int end = lineEnd(text, start, limit);
            lines.add(text.substring(start, withoutCr(text, start, end)));
            if (end >= limit) {
                return lines;
            }
            start = end + 1;
        }
    }

    /**
     * The rows of every line, as {@link #lines} would cut them and {@link #fields} split them, without
     * making a String of each line and field.
     */
    static List<Row> rows(String text) {
        int limit = contentEnd(text);
        if (limit < 0) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        Splitter splitter = new Splitter(text);
        int start = 0;
        int line = 1;
        while (true) {
            int end = lineEnd(text, start, limit);
            rows.add(splitter.row(start, withoutCr(text, start, end), line));
            if (end >= limit) {
                return rows;
            }
            start = end + 1;
            line++;
        }
    }

    /** The end of the first line ({@code \r} dropped) of a text that has one. */
    static String firstLine(String text) {
        int limit = contentEnd(text);
        int end = lineEnd(text, 0, Math.max(limit, 0));
        return text.substring(0, withoutCr(text, 0, end));
    }

    /**
     * The end of the last line that is not blank (where its {@code \n} is, or the end of the text), or -1
     * when every line is blank: the lines after it hold only white space.
     */
    private static int contentEnd(String text) {
        int last = text.length() - 1;
        while (last >= 0 && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        if (last < 0) {
            return -1;
        }
        int end = text.indexOf('\n', last);
        return end < 0 ? text.length() : end;
    }

    /** Where the line from {@code start} ends: its {@code \n}, or {@code limit}. */
    private static int lineEnd(String text, int start, int limit) {
        int end = text.indexOf('\n', start);
        return end < 0 || end > limit ? limit : end;
    }

    private static int withoutCr(String text, int start, int end) {
        return end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    /**
     * Splits the lines of one text on {@code ;}. It remembers where the next {@code ;} is, so that a
     * search that runs past the end of a line (its last field) is not repeated for the lines that follow:
     * the whole text is searched once, however few of its lines hold a {@code ;}.
     */
    private static final class Splitter {

        private final String text;
        private final Recurring recurring = new Recurring();
        /** The number of fields of the last line: most likely that of the next. */
        private int width = 8;
        /** The next {@code ;} at or after the last search's start, or the text's length when none is left. */
        private int semicolon = -1;

        Splitter(String text) {
            this.text = text;
        }

        private int semicolonFrom(int from) {
            if (semicolon < from) {
                int found = text.indexOf(';', from);
                semicolon = found < 0 ? text.length() : found;
            }
            return semicolon;
        }

        /** The row of {@code text[from, to)}. */
        Row row(int from, int to, int lineNumber) {
            int[] bounds = new int[2 * Math.max(width, 1)];
            String[] values = null;
            int count = 0;
            int i = from;
            while (true) {
                if (2 * count == bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                if (i < to && text.charAt(i) == '"') {
                    int close = closingQuote(text, i + 1, to, lineNumber);
                    String value = unquote(text, i + 1, close);
                    if (values == null) {
                        values = new String[bounds.length / 2];
                    } else if (values.length < bounds.length / 2) {
                        values = Arrays.copyOf(values, bounds.length / 2);
                    }
                    values[count] = value;
                    bounds[2 * count] = i;
                    bounds[2 * count + 1] = close + 1;
                    i = close + 1;
                    if (i < to && text.charAt(i) != ';') {
                        throw new IllegalArgumentException("line " + lineNumber + " has text after a closing quote");
                    }
                } else {
                    int end = Math.min(semicolonFrom(i), to);
                    bounds[2 * count] = i;
                    bounds[2 * count + 1] = end;
                    i = end;
                }
                count++;
                if (i >= to) {
                    break;
                }
                i++; // the ';'
                if (i == to) {
                    // a ';' at the end of the line: one more, empty, field
                    if (2 * count == bounds.length) {
                        bounds = Arrays.copyOf(bounds, bounds.length + 2);
                    }
                    bounds[2 * count] = to;
                    bounds[2 * count + 1] = to;
                    count++;
                    break;
                }
            }
            width = count;
            if (values != null && values.length < count) {
                values = Arrays.copyOf(values, count);
            }
            return new Row(lineNumber, text, bounds, values, count, recurring);
        }
    }

    /** The quote that closes a field whose text starts at {@code from}; {@code ""} is a quote inside. */
    private static int closingQuote(String text, int from, int to, int lineNumber) {
        int i = from;
        while (i < to) {
            if (text.charAt(i) == '"') {
                if (i + 1 < to && text.charAt(i + 1) == '"') {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        throw new IllegalArgumentException("line " + lineNumber + " has a quoted field without its closing quote");
    }

    private static String unquote(String text, int from, int to) {
        int quote = text.indexOf('"', from);
        if (quote < 0 || quote >= to) {
            return text.substring(from, to);
        }
        StringBuilder field = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            field.append(c);
            if (c == '"') {
                i++; // the second quote of ""
            }
        }
        return field.toString();
    }
}
