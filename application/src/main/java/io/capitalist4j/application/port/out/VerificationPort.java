package io.capitalist4j.application.port.out;

import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.Verification;

/**
 * Makes the verification for one batch text: the SHA1withRSA signature of exactly these bytes, the MD5 of
 * the PIN, or nothing for MOBILE. CPU work: callers keep it off event-loop threads.
 */
public interface VerificationPort {
    Verification verificationFor(BatchText text);
}
