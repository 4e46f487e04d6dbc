package io.capitalist4j.adapter.signing;

import io.capitalist4j.domain.batch.BatchText;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.NullDigest;
import org.bouncycastle.crypto.signers.RSADigestSigner;

/**
 * SHA1withRSA (PKCS#1 v1.5) over the exact UTF-8 bytes of the batch text, Base64 with the standard alphabet
 * (reference §4). SHA-1 is what the server checks; every official client uses it.
 *
 * <p>The hash comes from the JDK, whose SHA-1 uses the CPU's SHA instructions where present and is several
 * times faster than a pure-Java digest on a multi-megabyte batch; Bouncy Castle then wraps the 20-byte hash in
 * the SHA-1 DigestInfo and applies the RSA key. PKCS#1 v1.5 is deterministic, so the signature is the same
 * bytes either way.
 */
final class BatchSignatures {

    private BatchSignatures() {
    }

    static String sign(CertificateKey key, BatchText text) {
        MessageDigest sha1 = sha1();
        Utf8Chunks.stream(text.text(), sha1::update);
        RSADigestSigner signer = hashSigner();
        signer.init(true, key.privateParameters());
        byte[] hash = sha1.digest();
        signer.update(hash, 0, hash.length);
        try {
            return Base64.getEncoder().encodeToString(signer.generateSignature());
        } catch (CryptoException | RuntimeException e) {
            throw new IllegalStateException("RSA signing failed for a " + key.bits() + "-bit key", e);
        }
    }

    /** PKCS#1 v1.5 over a SHA-1 hash computed elsewhere: the null digest passes the hash through as it is. */
    private static RSADigestSigner hashSigner() {
        return new RSADigestSigner(new NullDigest(), X509ObjectIdentifiers.id_SHA1);
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-1 (java.security.MessageDigest's documentation)
            throw new IllegalStateException("this JVM has no SHA-1", e);
        }
    }
}
