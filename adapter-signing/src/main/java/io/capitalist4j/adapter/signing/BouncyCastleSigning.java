package io.capitalist4j.adapter.signing;

import io.capitalist4j.application.port.out.PasswordCipherPort;
import io.capitalist4j.application.port.out.VerificationPort;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.BatchText;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.crypto.digests.MD5Digest;
import org.bouncycastle.util.encoders.Hex;

/**
 * The certificate and crypto adapter, built on Bouncy Castle: loads certificate keys (plain PEM or the
 * Capitalist encrypted key file), makes the verification data for batches (SIGNATURE, PIN, MOBILE) and
 * encrypts the account password for get_token authentication. The server-side halves (signature check,
 * password decryption) serve the testkit.
 */
public final class BouncyCastleSigning {

    private static final int SMALLEST_GENERATED_KEY = 512;
    private static final int LARGEST_GENERATED_KEY = 16384;

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

    /** A fresh RSA key with public exponent 65537, for the testkit and the sandbox. */
    public static CertificateKey generateKey(int bits) {
        if (bits < SMALLEST_GENERATED_KEY || bits > LARGEST_GENERATED_KEY) {
            throw new IllegalArgumentException("RSA key size must be between " + SMALLEST_GENERATED_KEY + " and "
                    + LARGEST_GENERATED_KEY + " bits: " + bits);
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits, new SecureRandom());
            return CertificateKey.of((RSAPrivateCrtKey) generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot generate RSA keys", e);
        }
    }

    /** The private key as {@code -----BEGIN RSA PRIVATE KEY-----} PEM (64-column lines, LF). Handle with care. */
    public static String toPkcs1Pem(CertificateKey key) {
        Objects.requireNonNull(key, "key");
        byte[] der = encoded(key.asn1());
        try {
            return PemBlock.write("RSA PRIVATE KEY", der);
        } finally {
            Arrays.fill(der, (byte) 0);
        }
    }

    /** The public key as {@code -----BEGIN RSA PUBLIC KEY-----} PEM, the form get_token sends. */
    public static String publicKeyPkcs1Pem(CertificateKey key) {
        Objects.requireNonNull(key, "key");
        RSAPublicKey publicKey = key.publicKey();
        return PemBlock.write("RSA PUBLIC KEY", encoded(
                new org.bouncycastle.asn1.pkcs.RSAPublicKey(publicKey.getModulus(), publicKey.getPublicExponent())));
    }

    private static byte[] encoded(org.bouncycastle.asn1.ASN1Object object) {
        try {
            return object.getEncoded(ASN1Encoding.DER);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("DER encoding failed", e);
        }
    }

    /**
     * The key as a Capitalist encrypted key file: the salt line, then the Base64 of the RC4-encrypted PKCS#1
     * PEM, each line ending in LF.
     */
    public static String encryptKeyFile(CertificateKey key, String salt, String login, Secret certificatePassword) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(certificatePassword, "certificatePassword");
        if (salt.isEmpty() || !salt.equals(salt.strip()) || salt.indexOf('\n') >= 0 || salt.indexOf('\r') >= 0
                || salt.charAt(0) == '\uFEFF' || salt.contains(PemBlock.BEGIN.strip())) {
            throw new IllegalArgumentException(
                    "the salt must be one non-empty line without surrounding whitespace (it is read back verbatim)");
        }
        if (login.isEmpty() || certificatePassword.isEmpty()) {
            throw new IllegalArgumentException(
                    "an encrypted key file needs a login and a non-empty certificate password");
        }
        return EncryptedKeyFile.encrypt(toPkcs1Pem(key), salt, login, certificatePassword);
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

    /** The server's check of a SIGNATURE; false for anything malformed, never an exception. */
    public static boolean verifySignature(RSAPublicKey key, byte[] data, String base64Signature) {
        return BatchSignatures.verify(key, data, base64Signature);
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

    /**
     * The server's side: decrypts an {@code encrypted_password} (hex in any case) with the get_token private
     * key; the caller wipes the result.
     *
     * @throws IllegalArgumentException when the hex is malformed or does not decrypt with this key
     */
    public static byte[] decryptPasswordHex(CertificateKey serverKey, String hex) {
        Objects.requireNonNull(serverKey, "serverKey");
        return PasswordDecryption.decryptHex(serverKey, hex);
    }
}
