package io.capitalist4j.adapter.signing;

import io.capitalist4j.domain.batch.BatchText;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.RSADigestSigner;

/**
 * SHA1withRSA (PKCS#1 v1.5) over the exact UTF-8 bytes of the batch text, Base64 with the standard alphabet
 * (reference §4). SHA-1 is what the server checks; every official client uses it.
 */
final class BatchSignatures {

    private BatchSignatures() {
    }

    static String sign(CertificateKey key, BatchText text) {
        RSADigestSigner signer = new RSADigestSigner(new SHA1Digest());
        signer.init(true, key.privateParameters());
        Utf8Chunks.stream(text.text(), signer::update);
        try {
            return Base64.getEncoder().encodeToString(signer.generateSignature());
        } catch (CryptoException | RuntimeException e) {
            throw new IllegalStateException("RSA signing failed for a " + key.bits() + "-bit key", e);
        }
    }

    /** The server's check; any malformed input is simply "not valid". */
    static boolean verify(RSAPublicKey key, byte[] data, String base64Signature) {
        if (key == null || data == null || base64Signature == null) {
            return false;
        }
        try {
            byte[] signature = Base64.getDecoder().decode(base64Signature);
            RSADigestSigner verifier = new RSADigestSigner(new SHA1Digest());
            verifier.init(false, new RSAKeyParameters(false, key.getModulus(), key.getPublicExponent()));
            verifier.update(data, 0, data.length);
            return verifier.verifySignature(signature);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
