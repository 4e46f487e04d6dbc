package io.capitalist4j.testkit.api2;

import io.capitalist4j.testkit.Awaiting;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Api2CallbackTest extends Api2Fixture {

    record Received(String method, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    HttpServer receiver;
    final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    volatile int answerStatus = 200;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/callbacks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestMethod(), Map.copyOf(exchange.getRequestHeaders()), body));
            exchange.sendResponseHeaders(answerStatus, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    String callbackUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/callbacks/capitalist";
    }

    String payment(String userRequestId, String comment) {
        return "{\"userRequestId\":\"" + userRequestId + "\",\"accountFrom\":\"R0123505\",\"amount\":1500.00,"
                + "\"currency\":\"RUR\"," + (comment == null ? "" : "\"comment\":\"" + comment + "\",")
                + "\"callbackUrl\":\"" + callbackUrl() + "\",\"payload\":{\"type\":\"CAPITALIST\",\"account\":\"R0000002\"}}";
    }

    Received next() throws InterruptedException {
        Received r = received.poll(20, TimeUnit.SECONDS);
        assertThat(r).as("a callback within the guard time").isNotNull();
        return r;
    }

    @Test
    void aPaymentReachingItsFinalStatePostsOneSignedCallbackWithTheStatusFieldsButThePayload() throws Exception {
        start(config().timeline(Api2Timeline.after(Duration.ofSeconds(10))));
        String id = client.post(PAYMENT, payment("PAY-0001", "Partner payout April")).send().json().get("documentId")
                .bigIntegerValue().toString();
        server.settle();
        assertThat(received).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        server.settle();
        Received r = next();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        assertThat(r.header("API-Key")).isNull();
        String timestamp = r.header("X-Request-Timestamp");
        assertThat(timestamp).isEqualTo(Long.toString(clock.millis()));
        assertThat(r.header("Signature"))
                .isEqualTo(SignedClient.sha256Hex(timestamp, r.body(), Api2SandboxIdentity.API_SECRET));
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{\"state\":\"EXECUTED\",\"fee\":15.00,"
                + "\"documentId\":" + id + ",\"comment\":\"Partner payout April\",\"amount\":1500.00,\"currency\":\"RUR\","
                + "\"type\":\"CAPITALIST\",\"accountFrom\":\"R0123505\",\"userRequestId\":\"PAY-0001\",\"callbackUrl\":\""
                + callbackUrl() + "\"}");
        assertThat(Awaiting.until(() -> server.callbacks().size() == 1, Duration.ofSeconds(10))).isTrue();
        assertThat(server.callbacks().get(0).delivered()).isTrue();
        assertThat(server.callbacks().get(0).signature()).isEqualTo(r.header("Signature"));
        // final once: looking it up or settling again sends nothing more
        client.get("/v1/payment/PAY-0001").send();
        server.settle();
        assertThat(received.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aDeclinedPaymentsCallbackCarriesTheReasonAsComment() throws Exception {
        start(config().timeline(Api2Timeline.immediate())
                .outcomePolicy(Api2OutcomePolicy.declineUserRequestIds(Set.of("NO"), "recipient account closed")));
        client.post(PAYMENT, payment("NO", null)).send();
        JsonNode body = SignedClient.JSON.readTree(next().body());
        assertThat(body.get("state").asText()).isEqualTo("DECLINED");
        assertThat(body.get("comment").asText()).isEqualTo("recipient account closed");
        assertThat(body.has("payload")).isFalse();
    }

    @Test
    void aPaymentWithoutCallbackUrlSendsNothingAndAFailedDeliveryIsRecordedNotRetried() throws Exception {
        start(config().timeline(Api2Timeline.immediate()));
        client.post(PAYMENT, capitalistPayment("QUIET", "1.00")).send();
        answerStatus = 500;
        client.post(PAYMENT, payment("LOUD", null)).send();
        assertThat(new String(next().body(), StandardCharsets.UTF_8)).contains("\"userRequestId\":\"LOUD\"")
                .doesNotContain("comment");
        assertThat(Awaiting.until(() -> server.callbacks().size() == 1, Duration.ofSeconds(10))).isTrue();
        assertThat(server.callbacks().get(0).delivered()).isFalse();
        assertThat(server.callbacks().get(0).status()).hasValue(500);
        server.settle();
        assertThat(received.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void theCallbackIsSignedWithTheConfiguredSecret() throws Exception {
        start(config().apiSecret("another-test-secret").timeline(Api2Timeline.immediate()));
        client.post(PAYMENT, payment("S1", null)).secret("another-test-secret").send();
        Received r = next();
        assertThat(r.header("Signature"))
                .isEqualTo(SignedClient.sha256Hex(r.header("X-Request-Timestamp"), r.body(), "another-test-secret"));
    }
}
