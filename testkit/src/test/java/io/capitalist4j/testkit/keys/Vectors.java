package io.capitalist4j.testkit.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The phpseclib-made vectors of /work/shared/vectors, copied into the test resources. */
final class Vectors {

    private static final JsonNode JSON = parse();

    private Vectors() {
    }

    static JsonNode json() {
        return JSON;
    }

    static String text(String name) {
        try (InputStream in = Objects.requireNonNull(
                Vectors.class.getResourceAsStream("/vectors/" + name), "missing vector " + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse() {
        try {
            return new ObjectMapper().readTree(text("crypto-vectors.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
