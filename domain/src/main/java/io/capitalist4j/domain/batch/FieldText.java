package io.capitalist4j.domain.batch;

import java.util.Optional;

/**
 * Whether a field's text can stand in a batch line as it is. Nothing is escaped: a {@code ;}, a line break or
 * any other control character makes the line unrepresentable (the server answers 111), and so does a lone
 * UTF-16 surrogate, which has no UTF-8 form.
 */
public final class FieldText {

    private FieldText() {
    }

    /** Empty when the text can be written, else the reason it cannot. */
    public static Optional<String> problem(String text) {
        int suspect = firstSuspect(text);
        return suspect < 0 ? Optional.empty() : problemFrom(text, suspect);
    }

    /**
     * The index of the first character that needs a closer look, or -1. Almost every field is printable
     * ASCII or ordinary letters and signs (Cyrillic, Latin-1, {@code №}), which the first test lets through
     * at once, so this one tight loop is all most fields ever cost. Control characters, the separator, the
     * two Unicode line separators and surrogates (a pair is fine, a lone half is not) are left to
     * {@link #problemFrom}.
     */
    private static int firstSuspect(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < '\u2028' && c != ';' && (c < 0x7F || c >= 0xA0)) {
                continue;
            }
            if (c > '\u2029' && !Character.isSurrogate(c)) {
                continue;
            }
            return i;
        }
        return -1;
    }

    /** The full check from {@code start}; everything before it passed {@link #firstSuspect}. */
    private static Optional<String> problemFrom(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ';') {
                return Optional.of("contains ';' at position " + (i + 1) + " (the field separator; it is never escaped)");
            }
            if (c == '\r' || c == '\n') {
                return Optional.of("contains a line break at position " + (i + 1));
            }
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return Optional.of(String.format("contains control character U+%04X at position %d", (int) c, i + 1));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contains an unpaired surrogate at position " + (i + 1) + " (not valid UTF-8)");
            }
        }
        return Optional.empty();
    }
}
