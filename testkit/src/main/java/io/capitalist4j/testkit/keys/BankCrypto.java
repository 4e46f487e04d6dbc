package io.capitalist4j.testkit.keys;

import io.capitalist4j.domain.auth.Secret;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Cipher;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * The bank's half of the v1 crypto, written with the JDK from the reference (§3.3, §4), never with the
 * client's code: what a server does with what clients send. The fake server checks uploads with it, and tests
 * use it to check what a client produced.
 */
public final class BankCrypto {

    private BankCrypto() {
    }

    /**
     * Whether {@code base64Signature} is a SHA1withRSA (PKCS#1 v1.5) signature of {@code data} by this key:
     * false for anything malformed, never an exception, as a server answers 110 and nothing else.
     */
    public static boolean verifySignature(RSAPublicKey key, byte[] data, String base64Signature) {
        if (key == null || data == null || base64Signature == null) {
            return false;
        }
        try {
            byte[] signature = Base64.getDecoder().decode(base64Signature);
            Signature sha1 = Signature.getInstance("SHA1withRSA");
            sha1.initVerify(key);
            sha1.update(data);
            return sha1.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Decrypts an {@code encrypted_password}: hex in either case (Java and C# clients send upper case),
     * RSA PKCS#1 v1.5 with the get_token private key. The caller wipes the result.
     *
     * @throws IllegalArgumentException when the hex is malformed or does not decrypt with this key
     */
    public static byte[] decryptPasswordHex(RSAPrivateKey key, String hex) {
        Objects.requireNonNull(key, "key");
        int modulusBytes = (key.getModulus().bitLength() + 7) / 8;
        if (hex == null || hex.isEmpty() || hex.length() % 2 != 0) {
            throw new IllegalArgumentException("the encrypted password is not an even-length hex string");
        }
        byte[] ciphertext;
        try {
            ciphertext = HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the encrypted password is not an even-length hex string");
        }
        if (ciphertext.length > modulusBytes) {
            throw doesNotDecrypt(key);
        }
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.DECRYPT_MODE, key);
            return rsa.doFinal(ciphertext);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw doesNotDecrypt(key);
        }
    }

    private static IllegalArgumentException doesNotDecrypt(RSAPrivateKey key) {
        return new IllegalArgumentException("the encrypted password does not decrypt with this RSA-"
                + key.getModulus().bitLength() + " key");
    }

    /** Lower-case hex MD5 of the PIN's UTF-8 bytes (PHP's {@code md5($pin)}), what PIN verification sends. */
    public static String pinHash(Secret pin) {
        Objects.requireNonNull(pin, "pin");
        byte[] bytes = pin.utf8();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM has no MD5", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** An RSA public key from {@code BEGIN RSA PUBLIC KEY} (PKCS#1) or {@code BEGIN PUBLIC KEY} (X.509) PEM. */
    public static RSAPublicKey readPublicKey(String pem) {
        Objects.requireNonNull(pem, "pem");
        var block = PemText.read(pem, "RSA PUBLIC KEY", "PUBLIC KEY");
        byte[] pkcs1 = block.getContent();
        if (block.getType().equals("PUBLIC KEY")) {
            SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(pkcs1);
            if (!PKCSObjectIdentifiers.rsaEncryption.equals(info.getAlgorithm().getAlgorithm())) {
                throw new IllegalArgumentException("not an RSA public key");
            }
            pkcs1 = info.getPublicKeyData().getOctets();
        }
        var key = org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(pkcs1);
        return TestKey.publicKeyOf(key.getModulus(), key.getPublicExponent());
    }
}
