package io.capitalist4j.adapter.http;

/** How calls prove who they are. */
public enum AuthMode {
    /** get_token once per session, then {@code token} + {@code encrypted_password} (RSA with the token's key). */
    TOKEN,
    /** {@code plain_password} on every call; get_token is never called. */
    PLAIN
}
