package io.capitalist4j.adapter.signing;

import io.capitalist4j.application.port.out.PasswordCipherPort;
import io.capitalist4j.application.port.out.VerificationPort;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.BatchText;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.digests.MD5Digest;
import org.bouncycastle.util.encoders.Hex;

/**
 * The certificate and crypto adapter, built on Bouncy Castle: loads certificate keys (plain PEM or the
 * Capitalist encrypted key file), makes the verification data for batches (SIGNATURE, PIN, MOBILE) and
 * encrypts the account password for get_token authentication. Only the client's side lives here: key
 * generation, key file writers and the bank's checks are test support in the testkit
 * ({@code io.capitalist4j.testkit.keys}).
 */
public final class BouncyCastleSigning {

    private BouncyCastleSigning() {
    }

    // ---- private keys ----------------------------------------------------------------------------------

    /** A plain PEM private key file: PKCS#1 ({@code BEGIN RSA PRIVATE KEY}) or PKCS#8 ({@code BEGIN PRIVATE KEY}). */
    public static CertificateKey loadKey(Path file) {
        Objects.requireNonNull(file, "file");
        return KeyFiles.load(file, null, null);
    }

    /**
     * A Capitalist encrypted key file opened with the login and certificate password, or a plain PEM file
     * (then login and password are not used).
     */
    public static CertificateKey loadKey(Path file, String login, Secret certificatePassword) {
        Objects.requireNonNull(file, "file");
        return KeyFiles.load(file, login, certificatePassword);
    }

    /** Plain PEM text; {@code sourceName} names it in error messages. */
    public static CertificateKey readKey(String content, String sourceName) {
        Objects.requireNonNull(content, "content");
        return KeyFiles.read(content, sourceName(sourceName), null, null);
    }

    /** The text of a Capitalist encrypted key file, or plain PEM text (then login and password are not used). */
    public static CertificateKey readKey(String content, String sourceName, String login, Secret certificatePassword) {
        Objects.requireNonNull(content, "content");
        return KeyFiles.read(content, sourceName(sourceName), login, certificatePassword);
    }

    private static String sourceName(String sourceName) {
        return sourceName == null || sourceName.isBlank() ? "key text" : sourceName;
    }

    // ---- public keys -----------------------------------------------------------------------------------

    /** {@code BEGIN RSA PUBLIC KEY} (PKCS#1) or {@code BEGIN PUBLIC KEY} (X.509 SubjectPublicKeyInfo). */
    public static RSAPublicKey readPublicKey(String pem) {
        Objects.requireNonNull(pem, "pem");
        return PublicKeyReader.fromPem(pem, "public key PEM");
    }

    /** The key from get_token's {@code modulus} and {@code exponent} (hex, either case). */
    public static RSAPublicKey publicKey(String modulusHex, String exponentHex) {
        Objects.requireNonNull(modulusHex, "modulusHex");
        Objects.requireNonNull(exponentHex, "exponentHex");
        return PublicKeyReader.fromHex(modulusHex, exponentHex);
    }

    // ---- verification data -----------------------------------------------------------------------------

    /** SIGNATURE: SHA1withRSA over the batch text's UTF-8 bytes, standard Base64. */
    public static VerificationPort signatureVerification(CertificateKey key) {
        return new SignatureVerification(Objects.requireNonNull(key, "key"));
    }

    /** PIN: the lower-case hex MD5 of the PIN, the same for every batch. */
    public static VerificationPort pinVerification(Secret pin) {
        return new PinVerification(pinHash(pin));
    }

    /** MOBILE: no data; the batch is confirmed later with the SMS code. */
    public static VerificationPort mobileVerification() {
        return MobileVerification.INSTANCE;
    }

    /** The Base64 signature of the batch text's exact UTF-8 bytes. */
    public static String sign(CertificateKey key, BatchText text) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        return BatchSignatures.sign(key, text);
    }

    /** MD5 of the PIN's UTF-8 bytes, lower-case hex (PHP's {@code md5($pin)}). */
    public static String pinHash(Secret pin) {
        Objects.requireNonNull(pin, "pin");
        if (pin.isEmpty()) {
            throw new IllegalArgumentException("the PIN is empty");
        }
        byte[] bytes = pin.utf8();
        byte[] digest = new byte[16];
        try {
            MD5Digest md5 = new MD5Digest();
            md5.update(bytes, 0, bytes.length);
            md5.doFinal(digest, 0);
            return Hex.toHexString(digest);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            Arrays.fill(digest, (byte) 0);
        }
    }

    // ---- password encryption ---------------------------------------------------------------------------

    /** Encrypts the account password for {@code encrypted_password} with fresh random padding. */
    public static PasswordCipherPort passwordCipher() {
        return new RsaPasswordCipher(new SecureRandom());
    }

    /** As {@link #passwordCipher()} with the given source of padding randomness. */
    public static PasswordCipherPort passwordCipher(SecureRandom random) {
        return new RsaPasswordCipher(Objects.requireNonNull(random, "random"));
    }
}
