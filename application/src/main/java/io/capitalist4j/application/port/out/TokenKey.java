package io.capitalist4j.application.port.out;

import java.util.Objects;

/**
 * The RSA public key get_token hands out for password encryption: modulus and exponent in hex and, from
 * newer servers, the same key as a PKCS#1 PEM (may be empty).
 */
public record TokenKey(String modulusHex, String exponentHex, String pkcs1Pem) {
    public TokenKey {
        Objects.requireNonNull(modulusHex, "modulusHex");
        Objects.requireNonNull(exponentHex, "exponentHex");
        Objects.requireNonNull(pkcs1Pem, "pkcs1Pem");
    }
}
