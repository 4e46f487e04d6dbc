package io.capitalist4j.domain.batch;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The exact text sent as the {@code batch} parameter. It is rendered once; the signature is computed over
 * this text's UTF-8 bytes and the same text goes on the wire.
 */
public final class BatchText {

    private final String text;

    private BatchText(String text) {
        this.text = text;
    }

    public static BatchText of(String text) {
        Objects.requireNonNull(text, "batch text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("batch text is empty");
        }
        return new BatchText(text);
    }

    public String text() {
        return text;
    }

    /** A fresh copy of the UTF-8 bytes; for large batches prefer streaming {@link #text()} through an encoder. */
    public byte[] utf8() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public int length() {
        return text.length();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BatchText && ((BatchText) o).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** Only the size: batch lines hold card numbers and names. */
    @Override
    public String toString() {
        return "BatchText[" + text.length() + " chars]";
    }
}
