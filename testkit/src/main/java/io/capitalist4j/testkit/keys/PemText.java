package io.capitalist4j.testkit.keys;

import java.io.IOException;
import java.io.StringReader;
import java.util.Base64;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

/** PEM as OpenSSL and phpseclib write it: 64-character Base64 lines, LF line ends. */
final class PemText {

    private static final int LINE_LENGTH = 64;

    private PemText() {
    }

    static String write(String type, byte[] der) {
        String base64 = Base64.getEncoder().encodeToString(der);
        StringBuilder pem = new StringBuilder(base64.length() + 100);
        pem.append("-----BEGIN ").append(type).append("-----\n");
        for (int start = 0; start < base64.length(); start += LINE_LENGTH) {
            pem.append(base64, start, Math.min(base64.length(), start + LINE_LENGTH)).append('\n');
        }
        pem.append("-----END ").append(type).append("-----\n");
        return pem.toString();
    }

    /** The first block of {@code pem}; its type must be one of {@code types}. */
    static PemObject read(String pem, String... types) {
        PemObject block;
        try (PemReader reader = new PemReader(new StringReader(pem))) {
            block = reader.readPemObject();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not readable PEM", e);
        }
        if (block == null) {
            throw new IllegalArgumentException("no PEM block found");
        }
        for (String type : types) {
            if (type.equals(block.getType())) {
                return block;
            }
        }
        throw new IllegalArgumentException("a PEM block of type " + String.join(" or ", types)
                + " is expected, not " + block.getType());
    }
}
