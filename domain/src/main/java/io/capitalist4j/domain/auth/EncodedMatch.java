package io.capitalist4j.domain.auth;

import java.nio.charset.StandardCharsets;

/**
 * Whether a secret stands at a position of a text, each of its characters written as it is or encoded the way a
 * form, a URL, an HTML page or a JSON string would encode it. Encodings may be mixed within one occurrence, as
 * different encoders leave different characters alone.
 */
final class EncodedMatch {

    private static final String[][] NAMED = {{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"},
            {"'", "&apos;"}, {" ", "&nbsp;"}};

    private EncodedMatch() {
    }

    /** Where the occurrence of {@code secret} starting at {@code start} ends, or -1 when there is none. */
    static int end(String text, int start, int[] secret) {
        char c = text.charAt(start);
        if (c != '%' && c != '&' && c != '\\' && c != '+' && text.codePointAt(start) != secret[0]) {
            return -1;
        }
        return from(text, start, secret, 0);
    }

    private static int from(String text, int at, int[] secret, int k) {
        if (k == secret.length) {
            return at;
        }
        if (at >= text.length()) {
            return -1;
        }
        int cp = secret[k];
        char c = text.charAt(at);
        if (text.codePointAt(at) == cp) {
            int end = from(text, at + Character.charCount(cp), secret, k + 1);
            if (end > 0) {
                return end;
            }
        }
        int next = -1;
        if (c == '+' && cp == ' ') {
            next = at + 1;
        } else if (c == '%') {
            next = percent(text, at, cp);
        } else if (c == '&') {
            next = entity(text, at, cp);
        } else if (c == '\\') {
            next = jsonEscape(text, at, cp);
        }
        return next > 0 ? from(text, next, secret, k + 1) : -1;
    }

    /** {@code %XX} for each UTF-8 byte of the character, hex in either case. */
    private static int percent(String text, int at, int cp) {
        byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        int p = at;
        for (byte b : bytes) {
            if (p + 2 >= text.length() || text.charAt(p) != '%') {
                return -1;
            }
            int hi = Character.digit(text.charAt(p + 1), 16);
            int lo = Character.digit(text.charAt(p + 2), 16);
            if (hi < 0 || lo < 0 || ((hi << 4) | lo) != (b & 0xFF)) {
                return -1;
            }
            p += 3;
        }
        return p;
    }

    /** {@code &#38;}, {@code &#x26;} or a named entity of the few characters HTML escapes. */
    private static int entity(String text, int at, int cp) {
        if (at + 1 < text.length() && text.charAt(at + 1) == '#') {
            int p = at + 2;
            int radix = 10;
            if (p < text.length() && (text.charAt(p) == 'x' || text.charAt(p) == 'X')) {
                radix = 16;
                p++;
            }
            int value = 0;
            int digits = 0;
            while (p < text.length() && digits < 8 && Character.digit(text.charAt(p), radix) >= 0) {
                value = value * radix + Character.digit(text.charAt(p), radix);
                p++;
                digits++;
            }
            return digits > 0 && p < text.length() && text.charAt(p) == ';' && value == cp ? p + 1 : -1;
        }
        for (String[] named : NAMED) {
            if (named[0].codePointAt(0) == cp && text.startsWith(named[1], at)) {
                return at + named[1].length();
            }
        }
        return -1;
    }

    /** {@code \"}, {@code \\}, {@code \/} or {@code \}{@code uXXXX} (two of them for a character beyond the BMP). */
    private static int jsonEscape(String text, int at, int cp) {
        if (at + 1 >= text.length()) {
            return -1;
        }
        char e = text.charAt(at + 1);
        if (e == '"' || e == '\\' || e == '/') {
            return e == cp ? at + 2 : -1;
        }
        char[] units = Character.toChars(cp);
        int p = at;
        for (char unit : units) {
            if (p + 5 >= text.length() || text.charAt(p) != '\\' || text.charAt(p + 1) != 'u') {
                return -1;
            }
            int value = 0;
            for (int i = 2; i < 6; i++) {
                int d = Character.digit(text.charAt(p + i), 16);
                if (d < 0) {
                    return -1;
                }
                value = value * 16 + d;
            }
            if (value != unit) {
                return -1;
            }
            p += 6;
        }
        return p;
    }
}
