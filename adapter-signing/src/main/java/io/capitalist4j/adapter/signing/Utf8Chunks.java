package io.capitalist4j.adapter.signing;

/**
 * Feeds the UTF-8 bytes of a text to a sink chunk by chunk, so a 50 MB batch is signed without a second full
 * copy of it in memory. A lone surrogate becomes '?', exactly as {@code String.getBytes(UTF_8)} does, so the
 * bytes signed are the bytes sent.
 *
 * <p>The encoding is written out here rather than done by a {@code CharsetEncoder}: one loop over one reused
 * pair of arrays, shaped for batch text, is measurably faster than the encoder and its buffers on a
 * 100 000-line batch.
 */
final class Utf8Chunks {

    /** Receives one chunk; the array is reused after the call returns. */
    interface Sink {
        void accept(byte[] bytes, int offset, int length);
    }

    static final int CHUNK_CHARS = 8192;

    private Utf8Chunks() {
    }

    static void stream(String text, Sink sink) {
        int length = text.length();
        // one extra char: a chunk never ends between the two halves of a surrogate pair
        char[] chars = new char[Math.min(CHUNK_CHARS, length) + 1];
        byte[] bytes = new byte[chars.length * 3]; // UTF-8 needs at most three bytes per UTF-16 char
        int next = 0;
        while (next < length) {
            int take = Math.min(CHUNK_CHARS, length - next);
            if (next + take < length && Character.isHighSurrogate(text.charAt(next + take - 1))
                    && Character.isLowSurrogate(text.charAt(next + take))) {
                take++;
            }
            text.getChars(next, next + take, chars, 0);
            sink.accept(bytes, 0, encode(chars, take, bytes));
            next += take;
        }
    }

    /**
     * Encodes {@code chars[0, count)} into {@code bytes}; returns the number of bytes written. Batch text is
     * runs of ASCII (digits, separators, Latin names) and runs of two-byte letters (Cyrillic), so each kind
     * of run gets its own small loop: the branch that picks the width is then taken once per run, not once
     * per character.
     */
    private static int encode(char[] chars, int count, byte[] bytes) {
        int out = 0;
        int i = 0;
        while (i < count) {
            char c = chars[i];
            if (c < 0x80) {
                do {
                    bytes[out++] = (byte) c;
                } while (++i < count && (c = chars[i]) < 0x80);
            } else if (c < 0x800) {
                do {
                    bytes[out++] = (byte) (0xC0 | (c >> 6));
                    bytes[out++] = (byte) (0x80 | (c & 0x3F));
                } while (++i < count && (c = chars[i]) >= 0x80 && c < 0x800);
            } else if (!Character.isSurrogate(c)) {
                bytes[out++] = (byte) (0xE0 | (c >> 12));
                bytes[out++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                bytes[out++] = (byte) (0x80 | (c & 0x3F));
                i++;
            } else if (Character.isHighSurrogate(c) && i + 1 < count && Character.isLowSurrogate(chars[i + 1])) {
                int codePoint = Character.toCodePoint(c, chars[i + 1]);
                bytes[out++] = (byte) (0xF0 | (codePoint >> 18));
                bytes[out++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                bytes[out++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                bytes[out++] = (byte) (0x80 | (codePoint & 0x3F));
                i += 2;
            } else {
                // a lone surrogate has no UTF-8 form; String.getBytes writes '?' and so do we
                bytes[out++] = '?';
                i++;
            }
        }
        return out;
    }
}
