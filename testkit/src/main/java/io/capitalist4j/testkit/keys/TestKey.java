package io.capitalist4j.testkit.keys;

import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.adapter.signing.CertificateKey;
import io.capitalist4j.domain.auth.Secret;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;

/**
 * An RSA key pair made for tests: generated here, written out as the files a certificate holder or a bank
 * would have (PKCS#1 PEM, the Capitalist encrypted key file), and handed to the client only through the
 * client's own readers ({@link #certificateKey()}), so a writer bug and a reader bug cannot cancel out.
 * Test keys only: never use them for real money. {@code toString} shows the size only.
 */
public final class TestKey {

    private static final int SMALLEST = 512;
    private static final int LARGEST = 16384;

    private final RSAPrivateCrtKey privateKey;
    private final RSAPublicKey publicKey;

    private TestKey(RSAPrivateCrtKey privateKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKeyOf(privateKey.getModulus(), privateKey.getPublicExponent());
    }

    /** A fresh key with public exponent 65537 (512 to 16384 bits; 1024 keeps tests fast). */
    public static TestKey generate(int bits) {
        if (bits < SMALLEST || bits > LARGEST) {
            throw new IllegalArgumentException("RSA key size must be between " + SMALLEST + " and " + LARGEST
                    + " bits: " + bits);
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits, new SecureRandom());
            return new TestKey((RSAPrivateCrtKey) generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot generate RSA keys", e);
        }
    }

    /** A key from {@code BEGIN RSA PRIVATE KEY} (PKCS#1) PEM text, e.g. a vector file. */
    public static TestKey fromPkcs1Pem(String pem) {
        Objects.requireNonNull(pem, "pem");
        RSAPrivateKey k = RSAPrivateKey.getInstance(PemText.read(pem, "RSA PRIVATE KEY").getContent());
        try {
            return new TestKey((RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(
                    new RSAPrivateCrtKeySpec(k.getModulus(), k.getPublicExponent(), k.getPrivateExponent(),
                            k.getPrime1(), k.getPrime2(), k.getExponent1(), k.getExponent2(), k.getCoefficient())));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a usable RSA private key", e);
        }
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /** The private half, for the bank's side of a test (decrypting {@code encrypted_password}). */
    public RSAPrivateCrtKey privateKey() {
        return privateKey;
    }

    public int bits() {
        return privateKey.getModulus().bitLength();
    }

    /** {@code -----BEGIN RSA PRIVATE KEY-----} PEM, 64-column lines, LF: what phpseclib and OpenSSL write. */
    public String privateKeyPem() {
        RSAPrivateCrtKey k = privateKey;
        byte[] der = der(new RSAPrivateKey(k.getModulus(), k.getPublicExponent(), k.getPrivateExponent(),
                k.getPrimeP(), k.getPrimeQ(), k.getPrimeExponentP(), k.getPrimeExponentQ(), k.getCrtCoefficient()));
        try {
            return PemText.write("RSA PRIVATE KEY", der);
        } finally {
            Arrays.fill(der, (byte) 0);
        }
    }

    /** {@code -----BEGIN RSA PUBLIC KEY-----} PEM, the form get_token's {@code rsa_public_key_pkcs1_pem} has. */
    public String publicKeyPem() {
        return publicKeyPem(publicKey);
    }

    /** Any RSA public key as {@code BEGIN RSA PUBLIC KEY} PEM. */
    public static String publicKeyPem(RSAPublicKey key) {
        Objects.requireNonNull(key, "key");
        return PemText.write("RSA PUBLIC KEY",
                der(new org.bouncycastle.asn1.pkcs.RSAPublicKey(key.getModulus(), key.getPublicExponent())));
    }

    /**
     * This key as a Capitalist encrypted key file (reference §5): the salt line, then the Base64 of the
     * RC4-encrypted PKCS#1 PEM, each line ending in LF.
     */
    public String encryptedKeyFile(String salt, String login, Secret certificatePassword) {
        return EncryptedKeyFileWriter.write(privateKeyPem().getBytes(StandardCharsets.US_ASCII), salt, login,
                certificatePassword);
    }

    /** The key as the client loads it, read by the client's own PEM reader. */
    public CertificateKey certificateKey() {
        return BouncyCastleSigning.readKey(privateKeyPem(), "test key");
    }

    static RSAPublicKey publicKeyOf(BigInteger modulus, BigInteger exponent) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a usable RSA public key", e);
        }
    }

    private static byte[] der(ASN1Object object) {
        try {
            return object.getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("DER encoding failed", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TestKey && ((TestKey) o).publicKey.equals(publicKey);
    }

    @Override
    public int hashCode() {
        return publicKey.hashCode();
    }

    @Override
    public String toString() {
        return "TestKey[RSA " + bits() + "]";
    }
}
