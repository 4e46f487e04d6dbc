package io.capitalist4j.adapter.http;

import io.vertx.core.MultiMap;

/** The credential fields of one request. Never printed. */
final class Auth {

    private final String token;
    private final String password;
    private final boolean plain;

    private Auth(String token, String password, boolean plain) {
        this.token = token;
        this.password = password;
        this.plain = plain;
    }

    static Auth token(String token, String encryptedPassword) {
        return new Auth(token, encryptedPassword, false);
    }

    static Auth plain(String password) {
        return new Auth(null, password, true);
    }

    void addTo(MultiMap form) {
        if (plain) {
            form.add("plain_password", password);
        } else {
            form.add("token", token);
            form.add("encrypted_password", password);
        }
    }

    @Override
    public String toString() {
        return plain ? "Auth[plain, ***]" : "Auth[token, ***]";
    }
}
