package io.capitalist4j.adapter.signing;

import io.capitalist4j.application.port.out.VerificationPort;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.Verification;

/**
 * PIN: the MD5 of the PIN goes with every batch, whatever its text. The hash is computed once, so the
 * caller may wipe its PIN right after building this.
 */
final class PinVerification implements VerificationPort {

    private final String md5Hex;

    PinVerification(String md5Hex) {
        this.md5Hex = md5Hex;
    }

    @Override
    public Verification verificationFor(BatchText text) {
        return Verification.pinHash(md5Hex);
    }

    @Override
    public String toString() {
        return "PinVerification[***]";
    }
}
