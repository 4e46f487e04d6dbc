package io.capitalist4j.adapter.api2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.adapter.api2.CallbackVerdict.Kind;
import io.capitalist4j.domain.api2.Api2PaymentState;
import io.capitalist4j.domain.auth.Secret;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The callback vector as received, and every way a callback can be wrong. */
class CallbackVerifierTest {

    private JsonNode vector;
    private String timestamp;
    private String signature;
    private byte[] body;
    private Secret secret;
    private final AtomicLong now = new AtomicLong();
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };

    @BeforeEach
    void theVector() throws Exception {
        vector = SignatureVectorsTest.vector("callback-executed");
        timestamp = vector.get("timestamp").asText();
        signature = vector.get("signature").asText();
        body = vector.get("body").asText().getBytes(StandardCharsets.UTF_8);
        secret = Secret.of(vector.get("secret").asText());
        now.set(Long.parseLong(timestamp) + 2_000);
    }

    private Api2CallbackVerifier verifier() {
        return Api2CallbackVerifier.builder(secret).clock(clock).build();
    }

    @Test
    void theVectorsCallbackIsValidAndCarriesTheTypedCallback() {
        CallbackVerdict verdict = verifier().verify(timestamp, signature, body);
        assertThat(verdict.kind()).isEqualTo(Kind.VALID);
        assertThat(verdict.isValid()).isTrue();
        assertThat(verdict.callback()).hasValueSatisfying(c -> {
            assertThat(c.state()).isEqualTo(Api2PaymentState.EXECUTED);
            assertThat(c.userRequestId()).isEqualTo("PAY-0001");
        });
    }

    @Test
    void headersAreFoundByNameIgnoringCaseInAMapOrThroughALookup() {
        Map<String, List<String>> headers = Map.of("x-request-timestamp", List.of(timestamp),
                "SIGNATURE", List.of(signature));
        assertThat(verifier().verify(headers, body).kind()).isEqualTo(Kind.VALID);
        Map<String, String> single = Map.of("X-Request-Timestamp", timestamp, "Signature", signature);
        assertThat(verifier().verify(single::get, body).kind()).isEqualTo(Kind.VALID);
    }

    @Test
    void oneChangedByteOfTheBodyIsAForgery() {
        byte[] changed = body.clone();
        int at = new String(body, StandardCharsets.UTF_8).indexOf("EXECUTED");
        changed[at] = 'D'; // "DXECUTED"
        assertThat(verifier().verify(timestamp, signature, changed).kind()).isEqualTo(Kind.FORGED);
    }

    @Test
    void aReformattedBodyWithTheSameJsonValueIsAForgeryTooTheBytesCount() {
        byte[] spaced = new String(body, StandardCharsets.UTF_8).replace(",", ", ").getBytes(StandardCharsets.UTF_8);
        assertThat(verifier().verify(timestamp, signature, spaced).kind()).isEqualTo(Kind.FORGED);
    }

    @Test
    void anotherTimestampOrAnotherSecretIsAForgery() {
        assertThat(verifier().verify(Long.toString(Long.parseLong(timestamp) + 1), signature, body).kind())
                .isEqualTo(Kind.FORGED);
        assertThat(Api2CallbackVerifier.builder(Secret.of("another-secret")).clock(clock).build()
                .verify(timestamp, signature, body).kind()).isEqualTo(Kind.FORGED);
    }

    @Test
    void anAuthenticCallbackOutsideTheWindowIsStaleEitherWay() {
        now.set(Long.parseLong(timestamp) + Duration.ofMinutes(5).toMillis() + 1);
        CallbackVerdict old = verifier().verify(timestamp, signature, body);
        assertThat(old.kind()).isEqualTo(Kind.STALE);
        assertThat(old.reason()).contains("old");
        now.set(Long.parseLong(timestamp) - Duration.ofMinutes(5).toMillis() - 1);
        assertThat(verifier().verify(timestamp, signature, body).kind()).isEqualTo(Kind.STALE);
    }

    @Test
    void theWindowIsAnOptionAndZeroTurnsItOff() {
        now.set(Long.parseLong(timestamp) + Duration.ofMinutes(30).toMillis());
        assertThat(Api2CallbackVerifier.builder(secret).clock(clock).window(Duration.ofHours(1)).build()
                .verify(timestamp, signature, body).kind()).isEqualTo(Kind.VALID);
        assertThat(Api2CallbackVerifier.builder(secret).clock(clock).window(Duration.ZERO).build()
                .verify(timestamp, signature, body).kind()).isEqualTo(Kind.VALID);
    }

    @Test
    void theSameDeliveryTwiceIsAReplay() {
        Api2CallbackVerifier verifier = verifier();
        assertThat(verifier.verify(timestamp, signature, body).kind()).isEqualTo(Kind.VALID);
        CallbackVerdict again = verifier.verify(timestamp, signature, body);
        assertThat(again.kind()).isEqualTo(Kind.REPLAYED);
        assertThat(again.callback()).isEmpty();
    }

    @Test
    void aReplayGuardOfNoneAcceptsTheSameDeliveryAgain() {
        Api2CallbackVerifier verifier = Api2CallbackVerifier.builder(secret).clock(clock)
                .replayGuard(ReplayGuard.none()).build();
        assertThat(verifier.verify(timestamp, signature, body).kind()).isEqualTo(Kind.VALID);
        assertThat(verifier.verify(timestamp, signature, body).kind()).isEqualTo(Kind.VALID);
    }

    @Test
    void theInMemoryGuardForgetsDeliveriesOnceTheyLeaveTheWindow() {
        ReplayGuard guard = ReplayGuard.inMemory(Duration.ofSeconds(10), clock);
        now.set(1_000_000);
        assertThat(guard.firstSeen("a", 1_000_000)).isTrue();
        assertThat(guard.firstSeen("a", 1_000_000)).isFalse();
        now.set(1_000_000 + 10_001);
        assertThat(guard.firstSeen("a", 1_000_000)).isTrue();
    }

    @Test
    void missingOrMalformedHeadersAreMalformed() {
        Api2CallbackVerifier v = verifier();
        assertThat(v.verify(null, signature, body).kind()).isEqualTo(Kind.MALFORMED);
        assertThat(v.verify(timestamp, null, body).kind()).isEqualTo(Kind.MALFORMED);
        assertThat(v.verify("12a4", signature, body).kind()).isEqualTo(Kind.MALFORMED);
        assertThat(v.verify("99999999999999999999", signature, body).kind()).isEqualTo(Kind.MALFORMED);
        assertThat(v.verify(timestamp, signature.substring(1), body).kind()).isEqualTo(Kind.MALFORMED);
        assertThat(v.verify(timestamp, "z" + signature.substring(1), body).kind()).isEqualTo(Kind.MALFORMED);
        assertThat(v.verify(Map.<String, List<String>>of(), body).kind()).isEqualTo(Kind.MALFORMED);
    }

    @Test
    void anUppercaseSignatureIsTheSameDigest() {
        assertThat(verifier().verify(timestamp, signature.toUpperCase(Locale.ROOT), body).kind())
                .isEqualTo(Kind.VALID);
    }

    @Test
    void anAuthenticBodyThatIsNotACallbackIsMalformedNotValid() {
        byte[] other = "{\"hello\":1}".getBytes(StandardCharsets.UTF_8);
        String sig = Signatures.sign(timestamp, other, secret);
        CallbackVerdict verdict = verifier().verify(timestamp, sig, other);
        assertThat(verdict.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(verdict.reason()).contains("authentic");
    }

    @Test
    void noVerdictOrVerifierShowsTheSecretOrTheSignature() {
        Api2CallbackVerifier v = verifier();
        assertThat(v.toString()).doesNotContain(vector.get("secret").asText());
        for (CallbackVerdict verdict : List.of(v.verify(timestamp, signature, body),
                v.verify(timestamp, signature, body), v.verify(timestamp, "0".repeat(64), body))) {
            assertThat(verdict.toString() + verdict.reason()).doesNotContain(vector.get("secret").asText())
                    .doesNotContain(signature);
        }
    }
}
