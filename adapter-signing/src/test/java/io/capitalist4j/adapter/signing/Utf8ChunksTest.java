package io.capitalist4j.adapter.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Chunk boundaries never change the bytes: the streamed UTF-8 equals String.getBytes(UTF_8). */
class Utf8ChunksTest {

    private static byte[] streamed(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Utf8Chunks.stream(text, out::write);
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD83D\uD83D\uDE00", "\uD83D\uDE00", "\uD83D", "\uDE00\uD83D", "\uD83D\uD83D", "ж\uD83D\uDE00я"})
    void aChunkEndingInSurrogatesEncodesLikeGetBytes(String tail) {
        // the first chunk ends inside the tail, at every offset of it
        for (int shift = 0; shift <= tail.length(); shift++) {
            String text = "a".repeat(Utf8Chunks.CHUNK_CHARS - shift) + tail + "b";
            assertThat(streamed(text)).as("shift %d", shift).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void anEmptyTextIsNoBytes() {
        assertThat(streamed("")).isEmpty();
    }
}
