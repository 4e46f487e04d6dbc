package io.capitalist4j.domain.auth;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A password, PIN, SMS code or certificate password. It never shows itself: {@code toString} is a fixed
 * mask. The characters are copied in and can be wiped with {@link #wipe()}.
 */
public final class Secret implements AutoCloseable {

    private final char[] chars;
    private volatile boolean wiped;

    private Secret(char[] chars) {
        this.chars = chars;
    }

    /** Copies the characters; the caller may wipe its own array afterwards. */
    public static Secret of(char[] chars) {
        Objects.requireNonNull(chars, "secret");
        return new Secret(chars.clone());
    }

    public static Secret of(String text) {
        Objects.requireNonNull(text, "secret");
        return new Secret(text.toCharArray());
    }

    /** A copy of the characters; wipe it after use. */
    public char[] chars() {
        requireNotWiped();
        return chars.clone();
    }

    /** The UTF-8 bytes; wipe them after use. */
    public byte[] utf8() {
        requireNotWiped();
        java.nio.ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
        return bytes;
    }

    /** The text itself, for the few places an API takes only a String (a form field). */
    public String reveal() {
        requireNotWiped();
        return new String(chars);
    }

    public boolean isEmpty() {
        return chars.length == 0;
    }

    /** Constant-time comparison with another secret. */
    public boolean matches(Secret other) {
        return java.security.MessageDigest.isEqual(utf8(), other.utf8());
    }

    public void wipe() {
        Arrays.fill(chars, '\0');
        wiped = true;
    }

    @Override
    public void close() {
        wipe();
    }

    private void requireNotWiped() {
        if (wiped) {
            throw new IllegalStateException("secret was wiped");
        }
    }

    @Override
    public String toString() {
        return "Secret[***]";
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
