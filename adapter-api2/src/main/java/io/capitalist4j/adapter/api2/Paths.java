package io.capitalist4j.adapter.api2;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of path segments and query values: everything but RFC 3986's unreserved characters. */
final class Paths {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Paths() {
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}
