package io.capitalist4j.adapter.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/** The phpseclib-made vectors, copied into this module's test resources so the build needs nothing outside. */
final class Vectors {

    private static final JsonNode JSON = parse();
    private static final CertificateKey CLIENT_KEY = BouncyCastleSigning.loadKey(path("client-key-pkcs1.pem"));
    private static final CertificateKey SERVER_KEY = BouncyCastleSigning.loadKey(path("server-key-pkcs1.pem"));

    private Vectors() {
    }

    static JsonNode json() {
        return JSON;
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        try (InputStream in = Objects.requireNonNull(
                Vectors.class.getResourceAsStream("/vectors/" + name), "missing vector " + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path path(String name) {
        try {
            return Path.of(Objects.requireNonNull(Vectors.class.getResource("/vectors/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static CertificateKey clientKey() {
        return CLIENT_KEY;
    }

    static CertificateKey serverKey() {
        return SERVER_KEY;
    }

    /** The private halves as JDK keys, for the bank's side in {@link BankHalf}. */
    static java.security.interfaces.RSAPrivateKey clientPrivateKey() {
        return BankHalf.privateKey(text("client-key-pkcs1.pem"));
    }

    static java.security.interfaces.RSAPrivateKey serverPrivateKey() {
        return BankHalf.privateKey(text("server-key-pkcs1.pem"));
    }

    private static JsonNode parse() {
        try {
            return new ObjectMapper().readTree(bytes("crypto-vectors.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
