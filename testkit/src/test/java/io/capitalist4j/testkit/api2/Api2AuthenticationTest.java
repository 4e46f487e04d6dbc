package io.capitalist4j.testkit.api2;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class Api2AuthenticationTest extends Api2Fixture {

    @Test
    void aCorrectlySignedRequestIsAnswered() {
        start(config());
        SignedClient.Answer a = client.get("/v1/account/list?currency=USD").send();
        assertThat(a.status()).isEqualTo(200);
    }

    @Test
    void aWrongOrMissingKeyIsRefusedWith401AndAnErrorObject() {
        start(config());
        SignedClient.Answer wrong = client.get("/v1/account/list?currency=USD").key("someone-else").send();
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.error()).isEqualTo("unknown API-Key");
        assertThat(wrong.headers().get("content-type")).startsWith("application/json");
        SignedClient.Answer missing = client.get("/v1/account/list?currency=USD").key(null).send();
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.error()).contains("API-Key");
    }

    @Test
    void aTimestampOutsideFiveMinutesEitherWayIsRefusedAndOneJustInsideIsAccepted() {
        start(config());
        long now = clock.millis();
        long window = Duration.ofMinutes(5).toMillis();
        assertThat(client.get("/v1/whitelist").timestamp(Long.toString(now - window - 1)).send().status()).isEqualTo(401);
        assertThat(client.get("/v1/whitelist").timestamp(Long.toString(now + window + 1)).send().status()).isEqualTo(401);
        assertThat(client.get("/v1/whitelist").timestamp(Long.toString(now - window)).send().status()).isEqualTo(200);
        assertThat(client.get("/v1/whitelist").timestamp(Long.toString(now + window)).send().status()).isEqualTo(200);
        SignedClient.Answer stale = client.get("/v1/whitelist").timestamp(Long.toString(now - window - 1)).send();
        assertThat(stale.error()).contains("X-Request-Timestamp");
    }

    @Test
    void aTimestampThatIsNotDigitsOrIsMissingIsRefused() {
        start(config());
        assertThat(client.get("/v1/whitelist").timestamp(clock.instant().toString()).send().status()).isEqualTo(401);
        assertThat(client.get("/v1/whitelist").timestamp(Long.toString(clock.millis() / 1000) + ".5").send().status())
                .isEqualTo(401);
        SignedClient.Answer missing = client.get("/v1/whitelist").timestamp("").signature("00").send();
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.error()).isEqualTo("X-Request-Timestamp header missing");
    }

    @Test
    void theWindowIsConfigurableAndZeroTurnsTheCheckOff() {
        start(config().timestampWindow(Duration.ZERO));
        assertThat(client.get("/v1/whitelist").timestamp("1678901234567").send().status()).isEqualTo(200);
    }

    @Test
    void aBadSignatureIsRefusedAndCreatesNothing() {
        start(config());
        String body = capitalistPayment("PAY-1", "10.00");
        SignedClient.Answer otherSecret = client.post(PAYMENT, body).secret("not-the-secret").send();
        assertThat(otherSecret.status()).isEqualTo(401);
        assertThat(otherSecret.error()).isEqualTo("Signature does not match");
        String ts = Long.toString(clock.millis());
        String overOtherBody = SignedClient.sha256Hex(ts, capitalistPayment("PAY-1", "10.01").getBytes(),
                Api2SandboxIdentity.API_SECRET);
        assertThat(client.post(PAYMENT, body).timestamp(ts).signature(overOtherBody).send().status()).isEqualTo(401);
        assertThat(client.post(PAYMENT, body).signature("").send().error()).isEqualTo("Signature header missing");
        assertThat(server.payments()).isEmpty();
        assertThat(server.requests(Api2Operation.PAYMENT_CREATE)).hasSize(3)
                .allSatisfy(r -> assertThat(r.processed()).isFalse());
    }

    @Test
    void anUppercaseSignatureIsRefusedUnlessAllowed() {
        start(config());
        String ts = Long.toString(clock.millis());
        String upper = SignedClient.sha256Hex(ts, new byte[0], Api2SandboxIdentity.API_SECRET).toUpperCase();
        assertThat(client.get("/v1/whitelist").timestamp(ts).signature(upper).send().status()).isEqualTo(401);
        server.close();
        start(config().acceptUppercaseSignature(true));
        assertThat(client.get("/v1/whitelist").timestamp(ts).signature(upper).send().status()).isEqualTo(200);
    }

    @Test
    void theAuthenticationStatusIsConfigurable() {
        start(config().authFailureStatus(403));
        SignedClient.Answer a = client.get("/v1/whitelist").key("nobody").send();
        assertThat(a.status()).isEqualTo(403);
        assertThat(a.error()).isEqualTo("unknown API-Key");
    }

    @Test
    void authenticationComesBeforeTheRouteSoAnUnknownPathIsOnly404WhenSigned() {
        start(config());
        assertThat(client.get("/v1/nothing-here").key("nobody").send().status()).isEqualTo(401);
        SignedClient.Answer signed = client.get("/v1/nothing-here").send();
        assertThat(signed.status()).isEqualTo(404);
        assertThat(signed.error()).contains("/v1/nothing-here");
    }

    @Test
    void aGetBodyIsSignedToo() {
        start(config());
        SignedClient.Call call = client.new Call("GET", "/v1/whitelist", "{}".getBytes());
        assertThat(call.send().status()).isEqualTo(200);
        String ts = Long.toString(clock.millis());
        String overEmpty = SignedClient.sha256Hex(ts, new byte[0], Api2SandboxIdentity.API_SECRET);
        assertThat(client.new Call("GET", "/v1/whitelist", "{}".getBytes()).timestamp(ts).signature(overEmpty).send()
                .status()).isEqualTo(401);
    }
}
