package io.capitalist4j.adapter.signing;

import io.capitalist4j.adapter.signing.KeyFileException.Problem;
import io.capitalist4j.domain.auth.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.engines.RC4Engine;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The key file Capitalist hands out when the certificate has a password (reference §5): line 1 is a salt
 * used verbatim, line 2 the Base64 of the PEM encrypted with RC4 under the raw SHA-1 of
 * salt ‖ login ‖ certificate password (UTF-8). RC4 has no integrity check, so a wrong password shows up
 * only as plaintext that is not PEM.
 */
final class EncryptedKeyFile {

    private static final Pattern BASE64_LINE = Pattern.compile("[A-Za-z0-9+/=]+");
    private static final byte[] PEM_START = PemBlock.BEGIN.strip().getBytes(StandardCharsets.US_ASCII);

    private EncryptedKeyFile() {
    }

    /** A salt line followed by Base64 only (wrapped Base64 is tolerated). */
    static boolean looksLikeOne(List<String> lines) {
        if (lines.size() < 2) {
            return false;
        }
        for (String line : lines.subList(1, lines.size())) {
            if (!BASE64_LINE.matcher(line.strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The decrypted PEM bytes; the caller wipes them.
     *
     * @throws KeyFileException DAMAGED_KEY_FILE for broken Base64, CREDENTIALS_MISMATCH when the result is
     *     not PEM
     */
    static byte[] decrypt(List<String> lines, String login, Secret certificatePassword, String source) {
        String salt = lines.get(0);
        byte[] ciphertext = decodeBase64(lines.subList(1, lines.size()), source);
        byte[] plaintext = rc4(salt, login, certificatePassword, ciphertext);
        if (!startsWithPem(plaintext)) {
            Arrays.fill(plaintext, (byte) 0);
            throw new KeyFileException(Problem.CREDENTIALS_MISMATCH, source,
                    "the certificate password or login does not match this key file");
        }
        return plaintext;
    }

    private static byte[] decodeBase64(List<String> lines, String source) {
        StringBuilder base64 = new StringBuilder();
        for (String line : lines) {
            base64.append(line.strip());
        }
        // java.util.Base64 accepts a missing '=' tail, which would hide a truncated file
        if (base64.length() % 4 != 0) {
            throw truncated(source);
        }
        try {
            return Base64.getDecoder().decode(base64.toString());
        } catch (IllegalArgumentException e) {
            throw truncated(source);
        }
    }

    private static KeyFileException truncated(String source) {
        return new KeyFileException(Problem.DAMAGED_KEY_FILE, source,
                "line 2 of the encrypted key file is not complete Base64 (file truncated or damaged)");
    }

    private static byte[] rc4(String salt, String login, Secret certificatePassword, byte[] input) {
        byte[] key = rc4Key(salt, login, certificatePassword);
        try {
            RC4Engine rc4 = new RC4Engine();
            rc4.init(true, new KeyParameter(key));
            byte[] output = new byte[input.length];
            rc4.processBytes(input, 0, input.length, output, 0);
            rc4.reset();
            return output;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Raw SHA-1 of salt ‖ login ‖ password, as PHP's {@code sha1($salt.$login.$password, true)}. */
    private static byte[] rc4Key(String salt, String login, Secret certificatePassword) {
        SHA1Digest sha1 = new SHA1Digest();
        update(sha1, salt.getBytes(StandardCharsets.UTF_8));
        update(sha1, login.getBytes(StandardCharsets.UTF_8));
        byte[] password = certificatePassword.utf8();
        try {
            update(sha1, password);
        } finally {
            Arrays.fill(password, (byte) 0);
        }
        byte[] key = new byte[sha1.getDigestSize()];
        sha1.doFinal(key, 0);
        return key;
    }

    private static void update(SHA1Digest digest, byte[] bytes) {
        digest.update(bytes, 0, bytes.length);
    }

    private static boolean startsWithPem(byte[] plaintext) {
        int offset = 0;
        if (plaintext.length >= 3 && (plaintext[0] & 0xFF) == 0xEF && (plaintext[1] & 0xFF) == 0xBB
                && (plaintext[2] & 0xFF) == 0xBF) {
            offset = 3; // a BOM in front of the PEM is still a match
        }
        if (plaintext.length - offset < PEM_START.length) {
            return false;
        }
        return Arrays.equals(plaintext, offset, offset + PEM_START.length, PEM_START, 0, PEM_START.length);
    }
}
