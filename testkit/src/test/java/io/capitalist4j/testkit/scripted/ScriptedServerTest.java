package io.capitalist4j.testkit.scripted;

import io.capitalist4j.testkit.Awaiting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScriptedServerTest {

    private static final Duration GUARD = Duration.ofSeconds(30);

    private ScriptedServer server;
    private HttpClient http;

    @BeforeEach
    void start() {
        server = ScriptedServer.start();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static HttpRequest post(URI uri, String form) {
        return HttpRequest.newBuilder(uri).timeout(GUARD).header("content-type", "application/x-www-form-urlencoded")
                .header("x-response-format", "json").POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private HttpResponse<String> call(String operation) throws Exception {
        return http.send(post(server.uri(), "operation=" + operation), HttpResponse.BodyHandlers.ofString());
    }

    private CompletableFuture<HttpResponse<String>> callAsync(String operation) {
        return http.sendAsync(post(server.uri(), "operation=" + operation), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersAnOperationFromItsQueueInOrderThenByItsDefaultThenByTheDefaultForEveryOperation() throws Exception {
        server.enqueue("get_token", Answer.error(16, "locked"), Answer.ok("{\"token\":\"T1\"}"))
                .byDefault("get_token", Answer.text(503, "token default"))
                .byDefault(request -> Answer.text(418, "default for " + request.operation()));

        HttpResponse<String> first = call("get_token");
        HttpResponse<String> second = call("get_token");
        HttpResponse<String> third = call("get_token");
        HttpResponse<String> other = call("get_accounts");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{\"code\":16,\"message\":\"locked\",\"data\":[]}");
        assertThat(first.headers().firstValue("x-response-format")).contains("json");
        assertThat(first.headers().firstValue("content-type")).contains("application/json; charset=utf-8");
        assertThat(second.body()).isEqualTo("{\"code\":0,\"message\":\"\",\"data\":{\"token\":\"T1\"}}");
        assertThat(third.statusCode()).isEqualTo(503);
        assertThat(third.body()).isEqualTo("token default");
        assertThat(other.statusCode()).isEqualTo(418);
        assertThat(other.body()).isEqualTo("default for get_accounts");
        assertThat(server.queued("get_token")).isZero();
    }

    @Test
    void answersAnUnscriptedOperationWithHttp501NamingTheOperation() throws Exception {
        HttpResponse<String> answer = call("currency_rates");
        assertThat(answer.statusCode()).isEqualTo(501);
        assertThat(answer.body()).isEqualTo("no answer scripted for operation 'currency_rates'");
    }

    @Test
    void answersHttp500WithTheCauseWhenTheTestsResponderThrows() throws Exception {
        server.byDefault(request -> {
            throw new IllegalStateException("no such case");
        });
        HttpResponse<String> answer = call("get_accounts");
        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.body()).isEqualTo("the scripted responder failed: java.lang.IllegalStateException: no such case");
    }

    @Test
    void sendsExactlyTheStatusHeadersAndBodyBytesOfAnAnswer() throws Exception {
        byte[] body = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '0', ';', (byte) 0xFF};
        server.enqueue("get_accounts", Answer.of(202, body).header("X-Response-Format", "csv").header("x-extra", "1"));
        HttpResponse<byte[]> answer = http.send(post(server.uri(), "operation=get_accounts"),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(answer.body()).containsExactly(body);
        assertThat(answer.headers().firstValue("x-response-format")).contains("csv");
        assertThat(answer.headers().firstValue("x-extra")).contains("1");
        assertThat(answer.headers().firstValue("content-type")).isEmpty();
    }

    @Test
    void escapesTheMessageOfAnErrorEnvelopeAsJson() {
        assertThat(Answer.error(113, "say \"no\"\\ \n").bodyText())
                .isEqualTo("{\"code\":113,\"message\":\"say \\\"no\\\"\\\\ \\u000a\",\"data\":[]}");
    }

    @Test
    void recordsEachRequestWithItsRawBodyHeadersDecodedFieldsOrderAndConnection() throws Exception {
        server.byDefault(Answer.ok("[]"));
        String form = "operation=get_accounts&login=" + URLEncoder.encode("Пётр +&= x", StandardCharsets.UTF_8)
                + "&flag&login=second";
        http.send(post(server.uri(), form), HttpResponse.BodyHandlers.discarding());
        call("get_token");

        List<ReceivedRequest> seen = server.requests();
        assertThat(seen).hasSize(2);
        ReceivedRequest first = seen.get(0);
        assertThat(first.sequence()).isEqualTo(1);
        assertThat(seen.get(1).sequence()).isEqualTo(2);
        assertThat(first.method()).isEqualTo("POST");
        assertThat(first.path()).isEqualTo("/");
        assertThat(first.body()).containsExactly(form.getBytes(StandardCharsets.US_ASCII));
        assertThat(first.operation()).isEqualTo("get_accounts");
        assertThat(first.field("login")).contains("Пётр +&= x");
        assertThat(first.rawField("login").orElseThrow()).containsExactly("Пётр +&= x".getBytes(StandardCharsets.UTF_8));
        assertThat(first.fieldValues("login")).containsExactly("Пётр +&= x", "second");
        assertThat(first.field("flag")).contains("");
        assertThat(first.fields().keySet()).containsExactly("operation", "login", "flag");
        assertThat(first.header("X-Response-Format")).contains("json");
        assertThat(first.headers().get("content-type")).containsExactly("application/x-www-form-urlencoded");
        assertThat(seen.get(1).connection()).as("a kept-alive connection is reused").isEqualTo(first.connection());
        assertThat(server.requests("get_token")).extracting(ReceivedRequest::sequence).containsExactly(2);
        assertThat(server.count("get_accounts")).isEqualTo(1);
        assertThat(server.total()).isEqualTo(2);
    }

    @Test
    void decodesTheFieldsOfAMultipartUpload() throws Exception {
        server.byDefault(Answer.ok("[]"));
        String boundary = "b0undary";
        String batch = "CAPITALIST;R0000002;10.00;RUR;PAY-1;Выплата\r\nWM;Z1;1.00;USD;PAY-2;x";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"operation\"\r\n\r\nimport_batch_advanced\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"batch\"; filename=\"b.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + batch + "\r\n--" + boundary + "--\r\n";
        http.send(HttpRequest.newBuilder(server.uri()).header("content-type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());

        ReceivedRequest upload = server.requests().get(0);
        assertThat(upload.operation()).isEqualTo("import_batch_advanced");
        assertThat(upload.field("batch")).contains(batch);
        assertThat(upload.fields().keySet()).containsExactly("operation", "batch");
        assertThat(upload.bodyText()).isEqualTo(body);
    }

    @Test
    void waitsForARequestToArriveInsteadOfSleeping() throws Exception {
        server.byDefault(Answer.fault(WireFault.NO_ANSWER));
        CompletableFuture<HttpResponse<String>> pending = callAsync("get_accounts");
        assertThat(server.awaitRequests(1, GUARD)).isTrue();
        assertThat(server.inFlight()).as("the unanswered request").isEqualTo(1);
        assertThat(pending).isNotDone();
        assertThat(server.awaitRequests(2, Duration.ofMillis(1))).as("a second request never came").isFalse();
        pending.cancel(true);
    }

    @Test
    void sendsADelayedAnswerNoSoonerThanItsDelay() throws Exception {
        Duration delay = Duration.ofMillis(300);
        server.enqueue("get_accounts", Answer.ok("[]").delayed(delay));
        long started = System.nanoTime();
        HttpResponse<String> answer = call("get_accounts");
        long elapsed = System.nanoTime() - started;
        assertThat(answer.body()).isEqualTo("{\"code\":0,\"message\":\"\",\"data\":[]}");
        // a lower bound only: a timer cannot fire early, however loaded the machine is
        assertThat(elapsed).as("nanoseconds until the answer").isGreaterThanOrEqualTo(delay.toNanos());
    }

    @Test
    void holdsEveryAnswerUntilTheStatedNumberOfRequestsWaitThenAnswersEachOnceAcrossThreads() throws Exception {
        int concurrent = 24;
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < concurrent; i++) {
            bodies.add("answer " + i);
            server.enqueue("get_accounts", Answer.text(200, "answer " + i));
        }
        server.holdAnswersUntilWaiting(concurrent);

        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < concurrent - 1; i++) {
            calls.add(callAsync("get_accounts"));
        }
        assertThat(server.awaitRequests(concurrent - 1, GUARD)).isTrue();
        assertThat(Awaiting.until(() -> server.waiting() == concurrent - 1, GUARD))
                .as("answers kept back (now %d)", server.waiting()).isTrue();
        assertThat(calls).as("nothing is answered before the last request").noneMatch(CompletableFuture::isDone);

        calls.add(callAsync("get_accounts"));
        Set<String> answered = new HashSet<>();
        for (CompletableFuture<HttpResponse<String>> c : calls) {
            answered.add(c.get(GUARD.toSeconds(), TimeUnit.SECONDS).body());
        }
        assertThat(answered).containsExactlyInAnyOrderElementsOf(bodies);
        assertThat(server.waiting()).isZero();
        assertThat(server.maxInFlight()).isEqualTo(concurrent);
        assertThat(server.maxOpenConnections()).as("one connection per concurrent HTTP/1.1 request").isEqualTo(concurrent);
        assertThat(server.connectionsOpened()).isEqualTo(concurrent);
        assertThat(server.inFlight()).isZero();
        assertThat(call("get_accounts").body()).as("the gate stays open").isEqualTo("no answer scripted for operation 'get_accounts'");
    }

    @Test
    void countsConnectionsOpenedOpenNowAndMostAtOnce() throws Exception {
        server.byDefault(Answer.ok("[]"));
        for (int i = 0; i < 3; i++) {
            call("get_accounts");
        }
        assertThat(server.connectionsOpened()).as("three calls on one kept-alive connection").isEqualTo(1);
        assertThat(server.openConnections()).isEqualTo(1);

        server.enqueue("get_token", Answer.fault(WireFault.CLOSE));
        RawHttp.post(server.uri(), "operation=get_token");
        assertThat(server.connectionsOpened()).isEqualTo(2);
        assertThat(server.maxOpenConnections()).isEqualTo(2);
        assertThat(Awaiting.until(() -> server.openConnections() == 1, GUARD))
                .as("the closed connection is counted as closed (open: %d)", server.openConnections()).isTrue();
        assertThat(server.inFlight()).isZero();
        assertThat(server.maxInFlight()).isEqualTo(1);
    }

    @Test
    void forgetsRecordedRequestsOnRequestAndGoesOnNumberingThem() throws Exception {
        server.byDefault(Answer.ok("[]"));
        call("get_accounts");
        call("get_accounts");
        server.clearRequests();
        assertThat(server.total()).isZero();
        assertThat(server.count("get_accounts")).isZero();
        call("get_token");
        assertThat(server.requests()).extracting(ReceivedRequest::sequence).containsExactly(3);
        assertThat(server.connectionsOpened()).isEqualTo(1);
    }

    @Test
    void refusesToHoldForFewerThanOneRequest() {
        assertThatThrownBy(() -> server.holdAnswersUntilWaiting(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("requests to wait for must be at least 1, got 0");
    }
}
