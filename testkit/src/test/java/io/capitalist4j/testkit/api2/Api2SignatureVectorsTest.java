package io.capitalist4j.testkit.api2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.testkit.ManualClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Api2SignatureVectorsTest {

    record Vector(String name, String method, String path, String timestamp, String body, String secret,
                  String signature) {
    }

    static List<Vector> vectors() throws IOException {
        try (InputStream in = Api2SignatureVectorsTest.class.getResourceAsStream("/vectors/api2-signatures.json")) {
            JsonNode root = SignedClient.JSON.readTree(in);
            List<Vector> out = new ArrayList<>();
            for (JsonNode v : root.get("vectors")) {
                out.add(new Vector(v.get("name").asText(), v.get("method").asText(), v.get("path").asText(),
                        v.get("timestamp").asText(), v.get("body").asText(), v.get("secret").asText(),
                        v.get("signature").asText()));
            }
            return out;
        }
    }

    @Test
    void theServersSignatureReproducesEveryPublicVector() throws IOException {
        List<Vector> vectors = vectors();
        assertThat(vectors).hasSize(10);
        for (Vector v : vectors) {
            assertThat(Api2Signature.sign(v.timestamp(), v.body().getBytes(StandardCharsets.UTF_8), v.secret()))
                    .as(v.name()).isEqualTo(v.signature());
        }
    }

    @Test
    void theCyrillicVectorsHashTheUtf8BytesAndTheEscapedOnesTheirAsciiBytes() throws IOException {
        Vector raw = vectors().stream().filter(v -> v.name().equals("post-payment-cyrillic-utf8")).findFirst().orElseThrow();
        Vector escaped = vectors().stream().filter(v -> v.name().equals("post-payment-cyrillic-escaped")).findFirst().orElseThrow();
        assertThat(raw.body().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(raw.body().length());
        assertThat(raw.signature()).isNotEqualTo(escaped.signature());
    }

    @Test
    void everyVectorRequestIsAcceptedByTheServerWhenSentWithItsHeadersAndBodyBytes() throws IOException {
        ManualClock clock = ManualClock.at(Instant.EPOCH);
        for (String secret : new String[] {"somePrivateApiSecret", Api2SandboxIdentity.API_SECRET}) {
            try (FakeApi2Server server = FakeApi2Server.start(Api2SandboxConfig.builder().clock(clock)
                    .apiSecret(secret).timeline(Api2Timeline.after(Duration.ofDays(1)))
                    .sweepInterval(Duration.ZERO).build())) {
                SignedClient client = new SignedClient(server.uri(), clock);
                for (Vector v : vectors()) {
                    if (!v.secret().equals(secret)) {
                        continue;
                    }
                    clock.set(Instant.ofEpochMilli(Long.parseLong(v.timestamp())));
                    SignedClient.Call call = v.method().equals("GET") ? client.get(v.path())
                            : client.post(v.path(), v.body());
                    SignedClient.Answer answer = call.timestamp(v.timestamp()).signature(v.signature()).send();
                    assertThat(answer.status()).as(v.name() + ": " + answer.body()).isNotEqualTo(401);
                    if (v.name().equals("doc-example-as-displayed")) {
                        // authenticated, then refused on content: "[email protected]" is Cloudflare's mask, not an address
                        assertThat(answer.status()).isEqualTo(400);
                        assertThat(answer.error()).isEqualTo("payload.account: an e-mail address");
                    } else if (v.path().equals("/v1/payment") || v.path().startsWith("/v1/account/list")) {
                        assertThat(answer.status()).as(v.name() + ": " + answer.body()).isEqualTo(200);
                    }
                    // the same request with one byte of the body changed is refused
                    if (!v.body().isEmpty()) {
                        SignedClient.Answer tampered = client.post(v.path(), v.body() + " ").timestamp(v.timestamp())
                                .signature(v.signature()).send();
                        assertThat(tampered.status()).as(v.name() + " tampered").isEqualTo(401);
                    }
                }
            }
        }
    }

    @Test
    void theTwoGetVectorsShareOneSignatureBecauseNeitherPathNorQueryIsSigned() throws IOException {
        List<String> gets = vectors().stream().filter(v -> v.method().equals("GET")).map(Vector::signature).toList();
        assertThat(gets).hasSize(2).containsOnly(gets.get(0));
    }
}
