package io.capitalist4j.testkit;

import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.adapter.signing.CertificateKey;
import io.capitalist4j.domain.auth.Secret;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Optional;

/** The server side of the v1 crypto, all through the signing adapter: what a bank does with what clients send. */
final class Crypto {

    private Crypto() {
    }

    static CertificateKey generateRsa(int bits) {
        return BouncyCastleSigning.generateKey(bits);
    }

    /** The password bytes, or empty when the hex is malformed or does not decrypt with this key. */
    static Optional<byte[]> decryptPasswordHex(CertificateKey key, String hex) {
        if (hex == null || hex.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(BouncyCastleSigning.decryptPasswordHex(key, hex));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** SHA1withRSA (PKCS#1 v1.5) over {@code data}; false for anything malformed. */
    static boolean verifySha1(RSAPublicKey key, byte[] data, String base64) {
        return BouncyCastleSigning.verifySignature(key, data, base64.trim());
    }

    /** Lower-case hex MD5 of the PIN, as clients send it. */
    static String pinHash(Secret pin) {
        return BouncyCastleSigning.pinHash(pin);
    }

    static String pkcs1PublicPem(CertificateKey key) {
        return BouncyCastleSigning.publicKeyPkcs1Pem(key);
    }

    static RSAPublicKey readPublicKey(String pem) {
        return BouncyCastleSigning.readPublicKey(pem);
    }

    static void wipe(byte[] bytes) {
        Arrays.fill(bytes, (byte) 0);
    }
}
