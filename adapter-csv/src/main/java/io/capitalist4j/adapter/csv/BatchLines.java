package io.capitalist4j.adapter.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * Cuts a batch text into lines as it streams by, keeping at most {@code maxLength} characters of any line: a
 * line of ten megabytes costs its count, not its text. Lines end with {@code \n} or {@code \r\n}; one line break
 * after the last line ends it rather than starting an empty one; a byte order mark at the very start is skipped.
 * While it reads, it notes what a caller needs about a line it did not keep whole (the field count and the
 * longest field) and whether the line looks like key material.
 */
final class BatchLines {

    private static final char BOM = '\uFEFF';
    /** Shorter runs of Base64 are ordinary words; PEM bodies have 64 characters a line, key blobs far more. */
    private static final int MIN_KEY_BLOB = 40;

    /** One line: its kept text and what was noted about the whole of it. */
    record Line(int number, String kept, long length, long longestField, int longestFieldIndex, boolean keyMaterial) {

        /** Whether the line was longer than the reader keeps: {@link #kept()} is then only its beginning. */
        boolean cut(int maxLength) {
            return length > maxLength;
        }
    }

    private final Reader in;
    private final int maxLength;
    private final char[] buffer = new char[8192];
    private final StringBuilder kept = new StringBuilder(256);
    private int position;
    private int filled;
    private boolean started;
    private int number;

    BatchLines(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line, or null at the end of the text. */
    Line next() throws IOException {
        if (!started) {
            started = true;
            if (fill() && buffer[position] == BOM) {
                position++;
            }
        }
        if (!fill()) {
            return null;
        }
        kept.setLength(0);
        long length = 0;
        long field = 0;
        long longest = 0;
        int fieldIndex = 0;
        int longestIndex = 0;
        boolean base64 = true;
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean lastWasCr = false;
        while (fill()) {
            char c = buffer[position++];
            if (c == '\n') {
                if (lastWasCr) {
                    // the CR of a CRLF ending belongs to the line break, not to the last field
                    length--;
                    field--;
                    if (kept.length() > length) {
                        kept.setLength((int) length);
                    }
                }
                break;
            }
            lastWasCr = c == '\r';
            if (length < maxLength) {
                kept.append(c);
            }
            length++;
            if (c == ';') {
                if (field > longest) {
                    longest = field;
                    longestIndex = fieldIndex;
                }
                fieldIndex++;
                field = 0;
                base64 = false;
                continue;
            }
            field++;
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
            base64 &= c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=';
        }
        if (field > longest) {
            longest = field;
            longestIndex = fieldIndex;
        }
        number++;
        String text = kept.toString();
        boolean keyBlob = base64 && upper && lower && digit && length >= MIN_KEY_BLOB;
        boolean armour = text.startsWith("-----BEGIN ") || text.startsWith("-----END ");
        return new Line(number, text, length, longest, longestIndex, keyBlob || armour);
    }

    /** Whether a character is at hand, reading more when the buffer is spent. */
    private boolean fill() throws IOException {
        while (position == filled) {
            int read = in.read(buffer, 0, buffer.length);
            if (read < 0) {
                return false;
            }
            position = 0;
            filled = read;
        }
        return true;
    }
}
