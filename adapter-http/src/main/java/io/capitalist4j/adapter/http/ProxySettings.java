package io.capitalist4j.adapter.http;

import io.capitalist4j.domain.auth.Secret;
import java.util.Objects;
import java.util.Optional;

/** An outbound proxy; the password never shows. */
public record ProxySettings(Type type, String host, int port, Optional<String> username, Optional<Secret> password) {

    public enum Type { HTTP, SOCKS5 }

    public ProxySettings {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (host.isBlank()) {
            throw new IllegalArgumentException("proxy host is blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("proxy port must be 1 to 65535: " + port);
        }
    }

    public static ProxySettings http(String host, int port) {
        return new ProxySettings(Type.HTTP, host, port, Optional.empty(), Optional.empty());
    }

    public ProxySettings withLogin(String user, Secret secret) {
        return new ProxySettings(type, host, port, Optional.of(user), Optional.of(secret));
    }

    @Override
    public String toString() {
        return "ProxySettings[" + type + " " + host + ":" + port + username.map(u -> ", user=" + u).orElse("")
                + (password.isPresent() ? ", password=***" : "") + "]";
    }
}
