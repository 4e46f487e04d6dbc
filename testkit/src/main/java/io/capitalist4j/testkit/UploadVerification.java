package io.capitalist4j.testkit;

import io.capitalist4j.domain.batch.VerificationMethod;
import io.capitalist4j.testkit.keys.BankCrypto;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * The check of {@code verification_type} / {@code verification_data} on an upload (reference §4), done with
 * the bank's own crypto: SIGNATURE is SHA1withRSA over the exact bytes received, PIN the MD5 hex of the PIN
 * in any case, MOBILE nothing until process_batch.
 */
final class UploadVerification {

    private final SandboxConfig config;

    UploadVerification(SandboxConfig config) {
        this.config = config;
    }

    VerificationMethod verify(SandboxUser user, String batch, String type, String data) {
        VerificationMethod method;
        try {
            method = VerificationMethod.valueOf(type == null ? "" : type.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiFailure(180, "Unknown confirmation method");
        }
        if (!user.methods().contains(method)) {
            throw new ApiFailure(181, "The chosen verification method is inactive");
        }
        boolean missing = data == null || data.isBlank();
        switch (method) {
            case SIGNATURE:
                if (missing) {
                    throw new ApiFailure(182, "Digital signature missing");
                }
                if (!BankCrypto.verifySignature(user.certificate().orElseThrow(), batch.getBytes(StandardCharsets.UTF_8),
                        data.trim())) {
                    throw new ApiFailure(110, "Signature verification error");
                }
                return method;
            case PIN:
                if (missing) {
                    throw new ApiFailure(182, "Verification data missing");
                }
                byte[] expected = BankCrypto.pinHash(user.pin().orElseThrow()).getBytes(StandardCharsets.US_ASCII);
                byte[] sent = data.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
                if (!MessageDigest.isEqual(expected, sent)) {
                    throw new ApiFailure(config.wrongPinCode(), "PIN verification error");
                }
                return method;
            default:
                return method;
        }
    }
}
