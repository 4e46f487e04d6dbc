package io.capitalist4j.adapter.signing;

import io.capitalist4j.adapter.signing.KeyFileException.Problem;
import io.capitalist4j.domain.auth.Secret;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Decides what a key file is (plain PEM or Capitalist encrypted key file) and loads the private key from it.
 * Login and certificate password are only used for an encrypted file, as the PHP client does.
 */
final class KeyFiles {

    /** Key files are a few kilobytes; anything this big is the wrong file. */
    private static final long LARGEST_KEY_FILE = 1 << 20;

    private KeyFiles() {
    }

    static CertificateKey load(Path file, String login, Secret certificatePassword) {
        String source = file.toString();
        byte[] bytes = readBytes(file, source);
        try {
            return read(decodeUtf8(bytes), source, login, certificatePassword);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** With a null login or password, an encrypted key file is reported as needing them. */
    static CertificateKey read(String content, String source, String login, Secret certificatePassword) {
        List<String> lines = KeyText.lines(content);
        if (lines.isEmpty()) {
            throw new KeyFileException(Problem.EMPTY, source, "is empty; a private key file is expected");
        }
        if (KeyText.containsPem(lines)) {
            return PrivateKeyReader.read(lines, source);
        }
        if (!EncryptedKeyFile.looksLikeOne(lines)) {
            throw new KeyFileException(Problem.NOT_A_KEY_FILE, source,
                    "is neither a PEM private key nor a Capitalist encrypted key file (salt line + Base64 line)");
        }
        if (login == null || login.isEmpty() || certificatePassword == null || certificatePassword.isEmpty()) {
            throw new KeyFileException(Problem.CREDENTIALS_REQUIRED, source,
                    "is a Capitalist encrypted key file; the login and the certificate password are needed to open it");
        }
        byte[] pem = EncryptedKeyFile.decrypt(lines, login, certificatePassword, source);
        try {
            return PrivateKeyReader.read(KeyText.lines(decodeUtf8(pem)), source);
        } catch (KeyFileException e) {
            throw e.insideDecryptedContent();
        } finally {
            Arrays.fill(pem, (byte) 0);
        }
    }

    private static byte[] readBytes(Path file, String source) {
        try {
            if (Files.size(file) > LARGEST_KEY_FILE) {
                throw new KeyFileException(Problem.UNREADABLE, source,
                        "is larger than 1 MiB, far too large for a key file");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new KeyFileException(Problem.UNREADABLE, source, "no such file", e);
        } catch (IOException e) {
            throw new KeyFileException(Problem.UNREADABLE, source,
                    "cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Lenient: random bytes must reach the "not a key file" message, not a decoding error. */
    private static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("REPLACE never reports", e);
        }
    }
}
