package io.capitalist4j.adapter.http;

import io.capitalist4j.domain.auth.Secret;
import java.util.Objects;
import java.util.Optional;

/**
 * An outbound proxy, made by {@link #http} or {@link #socks5} and given a login by {@link #withLogin}; the
 * password never shows. Immutable.
 */
public final class ProxySettings {

    public enum Type { HTTP, SOCKS5 }

    private final Type type;
    private final String host;
    private final int port;
    private final Optional<String> username;
    private final Optional<Secret> password;

    private ProxySettings(Type type, String host, int port, Optional<String> username, Optional<Secret> password) {
        this.type = Objects.requireNonNull(type, "type");
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.username = Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNull(password, "password");
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

    public static ProxySettings socks5(String host, int port) {
        return new ProxySettings(Type.SOCKS5, host, port, Optional.empty(), Optional.empty());
    }

    public ProxySettings withLogin(String user, Secret secret) {
        return new ProxySettings(type, host, port, Optional.of(Objects.requireNonNull(user, "user")),
                Optional.of(Objects.requireNonNull(secret, "secret")));
    }

    public Type type() {
        return type;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public Optional<String> username() {
        return username;
    }

    public Optional<Secret> password() {
        return password;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ProxySettings)) {
            return false;
        }
        ProxySettings o = (ProxySettings) other;
        return type == o.type && host.equals(o.host) && port == o.port && username.equals(o.username)
                && password.equals(o.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, host, port, username, password);
    }

    @Override
    public String toString() {
        return "ProxySettings[" + type + " " + host + ":" + port + username.map(u -> ", user=" + u).orElse("")
                + (password.isPresent() ? ", password=***" : "") + "]";
    }
}
