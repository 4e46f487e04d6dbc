package io.capitalist4j.adapter.api2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capitalist4j.domain.auth.Secret;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every vector of api2-signatures.json (copied from shared/vectors), reproduced by the adapter's signer. */
class SignatureVectorsTest {

    static List<JsonNode> vectors() throws Exception {
        try (InputStream in = SignatureVectorsTest.class.getResourceAsStream("/api2-signatures.json")) {
            assertThat(in).as("api2-signatures.json on the test classpath").isNotNull();
            List<JsonNode> list = new ArrayList<>();
            new ObjectMapper().readTree(in).get("vectors").forEach(list::add);
            return list;
        }
    }

    static JsonNode vector(String name) throws Exception {
        return vectors().stream().filter(v -> v.get("name").asText().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyVectorIsReproducedExactly() throws Exception {
        List<JsonNode> vectors = vectors();
        assertThat(vectors).hasSize(10);
        for (JsonNode v : vectors) {
            byte[] body = v.get("body").asText().getBytes(StandardCharsets.UTF_8);
            String signature = Signatures.sign(v.get("timestamp").asText(), body, Secret.of(v.get("secret").asText()));
            assertThat(signature).as(v.get("name").asText()).isEqualTo(v.get("signature").asText());
        }
    }

    @Test
    void theCyrillicBodiesAsRawUtf8AndAsEscapesAreDifferentBytesAndSignatures() throws Exception {
        JsonNode raw = vector("post-payment-cyrillic-utf8");
        JsonNode escaped = vector("post-payment-cyrillic-escaped");
        assertThat(raw.get("body").asText().getBytes(StandardCharsets.UTF_8))
                .isNotEqualTo(escaped.get("body").asText().getBytes(StandardCharsets.UTF_8));
        assertThat(raw.get("signature").asText()).isNotEqualTo(escaped.get("signature").asText());
    }

    @Test
    void thePrettyPrintedBodyIsSignedWithItsWhitespaceAndFinalNewline() throws Exception {
        JsonNode v = vector("post-payment-pretty-printed");
        String body = v.get("body").asText();
        assertThat(body).endsWith("}\n").contains("\n  \"userRequestId\"");
        String stripped = Signatures.sign(v.get("timestamp").asText(), body.strip().getBytes(StandardCharsets.UTF_8),
                Secret.of(v.get("secret").asText()));
        assertThat(stripped).isNotEqualTo(v.get("signature").asText());
    }

    @Test
    void signaturesAreLowercaseHexOf64Digits() throws Exception {
        String s = Signatures.sign("1", new byte[0], Secret.of("x"));
        assertThat(s).matches("[0-9a-f]{64}");
        assertThat(Signatures.unhex(s)).hasSize(32);
        assertThat(Signatures.unhex(s.toUpperCase(java.util.Locale.ROOT))).isNull();
    }
}
