package io.capitalist4j.domain.batch;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code verification_type} and {@code verification_data} for one upload: the Base64 signature of the
 * batch text, the MD5 hex of the PIN, or nothing for MOBILE. The data never appears in {@code toString}.
 */
public final class Verification {

    private final VerificationMethod method;
    private final String data;

    private Verification(VerificationMethod method, String data) {
        this.method = Objects.requireNonNull(method, "method");
        this.data = data;
    }

    public static Verification signature(String base64) {
        return new Verification(VerificationMethod.SIGNATURE, requireText(base64));
    }

    public static Verification pinHash(String md5Hex) {
        return new Verification(VerificationMethod.PIN, requireText(md5Hex));
    }

    public static Verification mobile() {
        return new Verification(VerificationMethod.MOBILE, null);
    }

    private static String requireText(String data) {
        Objects.requireNonNull(data, "verification data");
        if (data.isEmpty()) {
            throw new IllegalArgumentException("verification data is empty");
        }
        return data;
    }

    public VerificationMethod method() {
        return method;
    }

    /** The {@code verification_data} value; absent for MOBILE, where nothing is sent. */
    public Optional<String> data() {
        return Optional.ofNullable(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Verification && ((Verification) o).method == method
                && Objects.equals(((Verification) o).data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, data);
    }

    @Override
    public String toString() {
        return "Verification[" + method + (data != null ? ", data=***" : "") + "]";
    }
}
