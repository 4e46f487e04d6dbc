package io.capitalist4j.adapter.signing;

import io.capitalist4j.application.port.out.VerificationPort;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.Verification;

/** SIGNATURE: the certificate key signs each batch text. */
final class SignatureVerification implements VerificationPort {

    private final CertificateKey key;

    SignatureVerification(CertificateKey key) {
        this.key = key;
    }

    @Override
    public Verification verificationFor(BatchText text) {
        return Verification.signature(BatchSignatures.sign(key, text));
    }

    @Override
    public String toString() {
        return "SignatureVerification[" + key + "]";
    }
}
