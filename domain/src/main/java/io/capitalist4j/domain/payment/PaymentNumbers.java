package io.capitalist4j.domain.payment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Payment numbers are identities: the journal claims them, the server echoes them as {@code internalNumber} and
 * {@code reconcile} searches for them as {@code customNumber}. A number that reads the same as another but is
 * not the same text ({@code "TRAIL-1 "} and {@code "TRAIL-1"}, {@code "ＴＷＩＮ-1"} and {@code "twin-1"}) is
 * found by one side and missed by the other, and a payment that looks lost is sent again. So a number may not
 * start or end with white space nor hold a character one cannot see, and two numbers of one batch may not
 * agree once Unicode compatibility forms and letter case are set aside ({@link #canonical}).
 */
public final class PaymentNumbers {

    /** The name of the payment number's field in every layout (and in every {@code LineProblem} about it). */
    public static final String FIELD = "paymentNumber";

    private static final String WHITE_SPACE = "white space";

    /** Folding rounds after which a text is taken as it is; real text settles in one or two. */
    private static final int MAX_FOLDS = 4;

    private PaymentNumbers() {
    }

    /**
     * Empty when {@code number} can stand as an identity, else why not: white space at either end, or anywhere a
     * white space other than U+0020, a control character, a line or paragraph separator, an invisible (format)
     * character or filler, a private-use or unassigned code point, or a lone surrogate. The reason names the
     * character by code point and Unicode name, and where it stands (counted in characters, from 1).
     */
    public static Optional<String> problem(String number) {
        int n = number.length();
        if (n == 0) {
            return Optional.empty();
        }
        if (plainAscii(number)) {
            return Optional.empty();
        }
        int first = number.codePointAt(0);
        if (whiteSpace(first)) {
            return Optional.of("payment number starts with white space (" + named(first) + ")");
        }
        int last = number.codePointBefore(n);
        if (whiteSpace(last)) {
            return Optional.of("payment number ends with white space (" + named(last) + ")");
        }
        int position = 0;
        for (int i = 0; i < n; ) {
            int cp = number.codePointAt(i);
            i += Character.charCount(cp);
            position++;
            String kind = kindOfForbidden(cp);
            if (kind != null) {
                return Optional.of("payment number contains " + kind + " " + named(cp) + " at position " + position
                        + (kind.equals(WHITE_SPACE) ? " (only U+0020 SPACE may stand inside a number)" : ""));
            }
        }
        return Optional.empty();
    }

    /**
     * The text two numbers share when they are the same identity: NFKC (full-width letters, ligatures,
     * superscripts become plain ones), then letter case folded in full ({@code ß}, {@code SS} and {@code ss}
     * agree), then NFKC again. Idempotent. Plain ASCII, almost every number, is only lower-cased (without a copy
     * when it already is lower case).
     */
    public static String canonical(String number) {
        if (ascii(number)) {
            return number.toLowerCase(Locale.ROOT);
        }
        String text = Normalizer.normalize(number, Normalizer.Form.NFKC);
        // Upper then lower case folds what lower case alone keeps apart (ß and SS, ς and σ, ſ and s); a round can
        // leave a text another round would still change (ẞ becomes ß, which becomes ss), so fold until it settles.
        for (int round = 0; round < MAX_FOLDS; round++) {
            String folded = Normalizer.normalize(text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT),
                    Normalizer.Form.NFKC);
            if (folded.equals(text)) {
                break;
            }
            text = folded;
        }
        return text;
    }

    /**
     * Why {@code number} on a line repeats {@code earlier}, the number of an earlier {@code earlierLine}: the same
     * text, or the same identity once {@link #canonical} forms are compared.
     */
    public static String duplicateReason(String number, String earlier, int earlierLine) {
        if (number.equals(earlier)) {
            return "payment number '" + number + "' is already used on line " + earlierLine;
        }
        return "payment number '" + number + "' is the same as '" + earlier + "' on line " + earlierLine
                + " once Unicode compatibility forms and letter case are ignored";
    }

    /** Only U+0021 to U+007E, with U+0020 inside: nothing to look at more closely. */
    private static boolean plainAscii(String number) {
        int n = number.length();
        if (number.charAt(0) == ' ' || number.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = number.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(String number) {
        for (int i = 0, n = number.length(); i < n; i++) {
            if (number.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Any Unicode white space: Java's, the space separators (no-break ones too) and NEXT LINE. */
    private static boolean whiteSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    /** How a message calls a character a number may not hold anywhere, or null when it may. */
    private static String kindOfForbidden(int cp) {
        if (cp == ' ') {
            return null;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
                return "a control character";
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return "a line or paragraph separator";
            case Character.FORMAT:
                return "an invisible character";
            case Character.PRIVATE_USE:
                return "a private-use character";
            case Character.UNASSIGNED:
                return "an unassigned code point";
            case Character.SURROGATE:
                return "a lone surrogate (not text)";
            default:
                break;
        }
        if (whiteSpace(cp)) {
            return WHITE_SPACE;
        }
        return invisibleFiller(cp) ? "an invisible character" : null;
    }

    /**
     * Letters and marks that draw nothing: the combining grapheme joiner, the Hangul fillers, the Khmer inherent
     * vowels, the Mongolian free variation selectors and the variation selectors. (Tag characters, zero-width
     * spaces and joiners, bidirectional controls and the soft hyphen are format characters, refused as such.)
     */
    private static boolean invisibleFiller(int cp) {
        return cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x17B4 || cp == 0x17B5
                || (cp >= 0x180B && cp <= 0x180F) || cp == 0x3164 || cp == 0xFFA0
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)
                || (cp >= 0xE0000 && cp <= 0xE007F);
    }

    /** {@code U+200B ZERO WIDTH SPACE}; private-use, unassigned and surrogate code points by number alone. */
    private static String named(int cp) {
        String code = String.format("U+%04X", cp);
        int type = Character.getType(cp);
        String name = type == Character.PRIVATE_USE || type == Character.SURROGATE ? null : Character.getName(cp);
        return name == null ? code : code + " " + name;
    }
}
