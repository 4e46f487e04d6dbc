package io.capitalist4j.testkit.keys;

import io.capitalist4j.domain.auth.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.bouncycastle.crypto.engines.RC4Engine;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Writes the key file Capitalist hands out when a certificate has a password (reference §5): line 1 the salt
 * verbatim, line 2 the Base64 of the PEM encrypted with RC4 under the raw SHA-1 of salt ‖ login ‖ certificate
 * password (UTF-8). Only the client reads these files; this writer exists so tests can make them.
 */
final class EncryptedKeyFileWriter {

    private EncryptedKeyFileWriter() {
    }

    static String write(byte[] pem, String salt, String login, Secret certificatePassword) {
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(certificatePassword, "certificatePassword");
        try {
            // the reader takes line 1 verbatim after dropping trailing blanks and a BOM, and a PEM marker
            // would make it read the file as plain PEM: such a salt could not come back as it went in
            if (salt.isEmpty() || !salt.equals(salt.strip()) || salt.indexOf('\n') >= 0 || salt.indexOf('\r') >= 0
                    || salt.charAt(0) == '\uFEFF' || salt.contains("-----BEGIN")) {
                throw new IllegalArgumentException(
                        "the salt must be one non-empty line without surrounding whitespace (it is read back verbatim)");
            }
            if (login.isEmpty() || certificatePassword.isEmpty()) {
                throw new IllegalArgumentException("an encrypted key file needs a login and a non-empty certificate password");
            }
            byte[] key = rc4Key(salt, login, certificatePassword);
            byte[] ciphertext = new byte[pem.length];
            try {
                RC4Engine rc4 = new RC4Engine();
                rc4.init(true, new KeyParameter(key));
                rc4.processBytes(pem, 0, pem.length, ciphertext, 0);
            } finally {
                Arrays.fill(key, (byte) 0);
            }
            return salt + "\n" + Base64.getEncoder().encodeToString(ciphertext) + "\n";
        } finally {
            Arrays.fill(pem, (byte) 0);
        }
    }

    /** PHP's {@code sha1($salt.$login.$password, true)}. */
    private static byte[] rc4Key(String salt, String login, Secret certificatePassword) {
        byte[] password = certificatePassword.utf8();
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(salt.getBytes(StandardCharsets.UTF_8));
            sha1.update(login.getBytes(StandardCharsets.UTF_8));
            sha1.update(password);
            return sha1.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM has no SHA-1", e);
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }
}
