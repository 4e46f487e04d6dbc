package io.capitalist4j.adapter.csv.wire;

import io.capitalist4j.application.port.out.TokenKey;
import java.util.Objects;

/** The answer of get_token: the session token and the key to encrypt the password with. */
public record TokenGrant(String token, TokenKey key) {

    public TokenGrant {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(key, "key");
        if (token.isEmpty()) {
            throw new IllegalArgumentException("token is empty");
        }
    }

    /** The token is a credential: it never shows. */
    @Override
    public String toString() {
        return "TokenGrant[token=***, modulus " + key.modulusHex().length() / 2 + " bytes]";
    }
}
