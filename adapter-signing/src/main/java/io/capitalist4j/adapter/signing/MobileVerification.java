package io.capitalist4j.adapter.signing;

import io.capitalist4j.application.port.out.VerificationPort;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.Verification;

/** MOBILE: nothing is sent with the batch; the server texts a code that process_batch confirms later. */
final class MobileVerification implements VerificationPort {

    static final MobileVerification INSTANCE = new MobileVerification();

    private MobileVerification() {
    }

    @Override
    public Verification verificationFor(BatchText text) {
        return Verification.mobile();
    }

    @Override
    public String toString() {
        return "MobileVerification";
    }
}
