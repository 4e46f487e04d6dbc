package io.capitalist4j.adapter.http;

import io.capitalist4j.domain.auth.Secret;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The certificates to trust instead of the JDK's: exactly this store (PKCS12 or JKS). There is no way to
 * switch verification off; a private test server gets its certificate into a store like this.
 */
public record TrustStore(Path path, Secret password, Type type) {

    public enum Type { PKCS12, JKS }

    public TrustStore {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(type, "type");
    }

    /** The type from the file name: {@code .jks} is JKS, anything else PKCS12. */
    public static TrustStore of(Path path, Secret password) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return new TrustStore(path, password, name.endsWith(".jks") ? Type.JKS : Type.PKCS12);
    }

    @Override
    public String toString() {
        return "TrustStore[" + type + " " + path + ", password=***]";
    }
}
