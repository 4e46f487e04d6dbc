package io.capitalist4j.domain.auth;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The secrets one client or one command knows (password, PIN, SMS code, token, certificate password), so that a
 * text about to be printed or logged can be masked by value rather than by pattern: a server that echoes the
 * request may put a secret anywhere, after any field name, with spaces or {@code &} inside it.
 *
 * <p>{@link #mask} replaces every occurrence of a known secret with {@code ***}: written as it is, form-encoded or
 * URL-encoded (in any mix: {@code +} or {@code %20} for a space, {@code %XX} in either case for any UTF-8 byte),
 * HTML-escaped ({@code &amp;}, {@code &#38;}, {@code &#x26;}) or JSON-escaped ({@code \"}, {@code \\}, {@code \u0430}).
 * Secrets shorter than {@value #MIN_LENGTH} characters are not masked by value: they cannot be told from ordinary
 * text (every {@code 1} of a one-character PIN would go). Thread-safe: a token learnt by one thread masks the text
 * of every other. Holds its own copies of the characters; {@link #clear()} wipes them.
 */
public final class KnownSecrets {

    /** The shortest secret masked by value. */
    public static final int MIN_LENGTH = 4;

    private static final String MASK = "***";

    private final AtomicReference<int[][]> secrets = new AtomicReference<>(new int[0][]);

    /** Remembers the secret's current value; an empty, short or wiped secret is ignored. */
    public KnownSecrets add(Secret secret) {
        Objects.requireNonNull(secret, "secret");
        char[] chars;
        try {
            chars = secret.chars();
        } catch (IllegalStateException wiped) {
            return this;
        }
        try {
            return add(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** Remembers a secret that only exists as text (a session token). */
    public KnownSecrets add(String secret) {
        Objects.requireNonNull(secret, "secret");
        return addCodePoints(secret.codePoints().toArray());
    }

    /** Remembers a copy of these characters; the caller may wipe its array afterwards. */
    public KnownSecrets add(char[] secret) {
        Objects.requireNonNull(secret, "secret");
        return addCodePoints(java.nio.CharBuffer.wrap(secret).codePoints().toArray());
    }

    private KnownSecrets addCodePoints(int[] codePoints) {
        if (codePoints.length < MIN_LENGTH) {
            Arrays.fill(codePoints, 0);
            return this;
        }
        secrets.updateAndGet(known -> {
            for (int[] k : known) {
                if (Arrays.equals(k, codePoints)) {
                    return known;
                }
            }
            int[][] more = Arrays.copyOf(known, known.length + 1);
            more[known.length] = codePoints;
            // longest first, so that a secret containing another is masked whole
            Arrays.sort(more, (a, b) -> Integer.compare(b.length, a.length));
            return more;
        });
        return this;
    }

    /** How many secrets are masked by value. */
    public int size() {
        return secrets.get().length;
    }

    /** The text with every known secret, in any of its encodings, replaced by {@code ***}. */
    public String mask(String text) {
        int[][] known = secrets.get();
        if (text == null || known.length == 0 || text.isEmpty()) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int end = -1;
            for (int[] secret : known) {
                end = EncodedMatch.end(text, i, secret);
                if (end > 0) {
                    break;
                }
            }
            if (end > 0) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copied, i).append(MASK);
                copied = end;
                i = end;
            } else {
                i++;
            }
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, n).toString();
    }

    /** Wipes the copies; nothing is masked by value afterwards. */
    public void clear() {
        for (int[] secret : secrets.getAndSet(new int[0][])) {
            Arrays.fill(secret, 0);
        }
    }

    @Override
    public String toString() {
        return "KnownSecrets[" + size() + " secrets, ***]";
    }
}
