package io.capitalist4j.testkit.api2;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The API2 signature (reference §2.2), written from the reference: lowercase hex of SHA-256 over the timestamp
 * header text, the exact body bytes and the secret's UTF-8 bytes, concatenated with nothing between them.
 */
final class Api2Signature {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Api2Signature() {
    }

    static String sign(String timestamp, byte[] body, String secret) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        sha.update(timestamp.getBytes(StandardCharsets.UTF_8));
        sha.update(body);
        sha.update(secret.getBytes(StandardCharsets.UTF_8));
        byte[] digest = sha.digest();
        char[] out = new char[digest.length * 2];
        for (int i = 0; i < digest.length; i++) {
            out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[digest[i] & 0xf];
        }
        return new String(out);
    }

    /** Exact comparison in constant time over the received text; uppercase only when allowed. */
    static boolean matches(String received, String expected, boolean acceptUppercase) {
        String candidate = acceptUppercase ? received.toLowerCase(java.util.Locale.ROOT) : received;
        return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
    }
}
