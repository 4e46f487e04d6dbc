package io.capitalist4j.reliability.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.api2.Api2Credentials;
import io.capitalist4j.adapter.api2.Api2Http;
import io.capitalist4j.adapter.api2.Api2HttpApi;
import io.capitalist4j.adapter.api2.Api2Options;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.api2.Api2Callback;
import io.capitalist4j.domain.api2.Api2Payload;
import io.capitalist4j.domain.api2.Api2PaymentRequest;
import io.capitalist4j.domain.api2.Api2PaymentState;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.testkit.api2.Api2SandboxConfig;
import io.capitalist4j.testkit.api2.Api2SandboxIdentity;
import io.capitalist4j.testkit.api2.Api2Timeline;
import io.capitalist4j.testkit.api2.FakeApi2Server;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/api2.md's callback receiver, word for word, takes the fake server's signed callback and refuses a forged one. */
class CallbackReceiverTest {

    private static final Path SOURCE = Path.of("src/test/java/io/capitalist4j/reliability/readme/CallbackReceiver.java");
    private static final Path DOC = Path.of("../docs/api2.md");

    @Test
    void aSignedCallbackIsHandedOnAndAForgedOneIsRefused() throws Exception {
        List<Api2Callback> received = new CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch first = new java.util.concurrent.CountDownLatch(1);
        try (FakeApi2Server server = FakeApi2Server.start(Api2SandboxConfig.builder().timeline(Api2Timeline.immediate()).build());
             CallbackReceiver receiver = new CallbackReceiver(new InetSocketAddress("127.0.0.1", 0),
                     Secret.of(Api2SandboxIdentity.API_SECRET), callback -> {
                         received.add(callback);
                         first.countDown();
                     });
             Api2HttpApi api = Api2Http.create(Api2Options.builder().baseUrl(server.uri()).build(),
                     Api2Credentials.of(Api2SandboxIdentity.API_KEY, Secret.of(Api2SandboxIdentity.API_SECRET)))) {
            URI callbackUrl = URI.create("http://127.0.0.1:" + receiver.port() + "/capitalist/callback");
            api.createPayment(Api2PaymentRequest.of("CB-1", AccountNumber.of(Api2SandboxIdentity.RUR_ACCOUNT),
                    Money.of("10.00", Currency.RUR), Api2Payload.of("CAPITALIST").with("account", "R0000002"))
                    .withCallbackUrl(callbackUrl)).toCompletableFuture().join();
            server.settle();

            // the server sends its callback on a thread of its own: wait for it to arrive, and for its answer
            assertThat(first.await(20, java.util.concurrent.TimeUnit.SECONDS)).as("callback received").isTrue();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
            while ((server.callbacks().isEmpty() || server.callbacks().get(0).status().isEmpty())
                    && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            }
            assertThat(server.callbacks()).hasSize(1);
            assertThat(server.callbacks().get(0).status()).hasValue(200);
            assertThat(received).hasSize(1);
            assertThat(received.get(0).userRequestId()).isEqualTo("CB-1");
            assertThat(received.get(0).state()).isEqualTo(Api2PaymentState.EXECUTED);

            io.capitalist4j.testkit.api2.Api2Callback sent = server.callbacks().get(0);
            HttpResponse<Void> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(callbackUrl)
                    .header("X-Request-Timestamp", sent.timestamp()).header("Signature", sent.signature())
                    .POST(HttpRequest.BodyPublishers.ofString(sent.body().replace("EXECUTED", "DECLINED"))).build(),
                    HttpResponse.BodyHandlers.discarding());
            HttpResponse<Void> replayed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(callbackUrl)
                    .header("X-Request-Timestamp", sent.timestamp()).header("Signature", sent.signature())
                    .POST(HttpRequest.BodyPublishers.ofString(sent.body())).build(), HttpResponse.BodyHandlers.discarding());

            assertThat(forged.statusCode()).isEqualTo(401);
            assertThat(replayed.statusCode()).isEqualTo(200);
            assertThat(received).as("neither the forged nor the replayed delivery is handed on").hasSize(1);
        }
    }

    @Test
    void theDocShowsExactlyTheCodeThisTestRuns() throws IOException {
        String snippet = between(Files.readString(SOURCE, StandardCharsets.UTF_8),
                "// docs/api2.md callback receiver: begin\n", "// docs/api2.md callback receiver: end");
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);

        assertThat(normalised(doc)).contains(normalised(snippet));
    }

    private static String between(String text, String begin, String end) {
        int from = text.indexOf(begin);
        assertThat(from).isNotNegative();
        int to = text.indexOf(end, from + begin.length());
        assertThat(to).isGreaterThan(from);
        return text.substring(from + begin.length(), to);
    }

    private static String normalised(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }
}
