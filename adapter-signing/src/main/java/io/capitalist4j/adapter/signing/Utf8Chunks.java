package io.capitalist4j.adapter.signing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Feeds the UTF-8 bytes of a text to a sink chunk by chunk, so a 50 MB batch is signed without a second full
 * copy of it in memory. A lone surrogate becomes '?', exactly as {@code String.getBytes(UTF_8)} does, so the
 * bytes signed are the bytes sent.
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
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        char[] chars = new char[CHUNK_CHARS];
        ByteBuffer out = ByteBuffer.allocate(CHUNK_CHARS * 3 + 16);
        int next = 0;
        int carried = 0; // a high surrogate left over when a pair straddles two chunks
        // do-while: the encoder must see endOfInput once, even for an empty text, before it may flush
        do {
            int take = Math.min(chars.length - carried, text.length() - next);
            text.getChars(next, next + take, chars, carried);
            next += take;
            CharBuffer in = CharBuffer.wrap(chars, 0, carried + take);
            boolean last = next == text.length();
            check(encoder.encode(in, out, last));
            carried = in.remaining();
            if (carried > 0) {
                if (last) {
                    throw new IllegalStateException("encoder left input at the end");
                }
                System.arraycopy(chars, in.position(), chars, 0, carried);
            }
            drain(out, sink);
        } while (next < text.length() || carried > 0);
        check(encoder.flush(out));
        drain(out, sink);
    }

    private static void check(CoderResult result) {
        // the output buffer holds three bytes per char of a full chunk, so overflow cannot happen
        if (!result.isUnderflow()) {
            try {
                result.throwException();
            } catch (CharacterCodingException e) {
                throw new IllegalStateException("UTF-8 encoding failed", e);
            }
        }
    }

    private static void drain(ByteBuffer out, Sink sink) {
        out.flip();
        if (out.hasRemaining()) {
            sink.accept(out.array(), out.arrayOffset() + out.position(), out.remaining());
        }
        out.clear();
    }
}
