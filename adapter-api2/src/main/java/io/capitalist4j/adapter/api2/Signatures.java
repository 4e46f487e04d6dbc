package io.capitalist4j.adapter.api2;

import io.capitalist4j.domain.auth.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The API2 signature (reference §2.2): lowercase hex SHA-256 over the timestamp text, the body bytes exactly as
 * sent or received, and the API secret's UTF-8 bytes, concatenated with nothing between. Neither the method, the
 * path, the query nor any header is signed.
 */
final class Signatures {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Signatures() {
    }

    static String sign(String timestamp, byte[] body, Secret secret) {
        return hex(digest(timestamp, body, secret));
    }

    static byte[] digest(String timestamp, byte[] body, Secret secret) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
        sha256.update(timestamp.getBytes(StandardCharsets.US_ASCII));
        sha256.update(body);
        byte[] key = secret.utf8();
        try {
            sha256.update(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
        return sha256.digest();
    }

    static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return new String(out);
    }

    /** The bytes of a lowercase hex text of 64 digits (a SHA-256), or null for anything else. */
    static byte[] unhex(String text) {
        if (text == null || text.length() != 64) {
            return null;
        }
        byte[] out = new byte[32];
        for (int i = 0; i < 32; i++) {
            int hi = nibble(text.charAt(2 * i));
            int lo = nibble(text.charAt(2 * i + 1));
            if (hi < 0 || lo < 0) {
                return null;
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    private static int nibble(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1; // upper case is refused: the reference knows lowercase only (§14 Q3)
    }
}
