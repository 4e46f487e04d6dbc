package io.capitalist4j.adapter.http;

import io.capitalist4j.domain.auth.Secret;
import java.util.Objects;

/** The API login (the user name, not the e-mail) and its password. The password never shows. */
public record Credentials(String login, Secret password) {

    public Credentials {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(password, "password");
        if (login.isBlank()) {
            throw new IllegalArgumentException("login is blank");
        }
    }

    public static Credentials of(String login, Secret password) {
        return new Credentials(login, password);
    }

    @Override
    public String toString() {
        return "Credentials[login=" + login + ", password=***]";
    }
}
