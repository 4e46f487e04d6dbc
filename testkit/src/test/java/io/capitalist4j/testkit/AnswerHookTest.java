package io.capitalist4j.testkit;

import static io.capitalist4j.testkit.RawClient.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The answer hook holds an answer after the operation ran; awaitIdle tells when a client has gone for good. */
class AnswerHookTest {

    static final String BATCH = "CAPITALIST;R0000002;10.00;RUR;H1;one\nCAPITALIST;R0000003;2.00;RUR;H2;two";

    @Test
    void anAcceptedUploadIsStoredBeforeTheHookRunsAndItsAnswerWaitsForTheHook() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> seen = new CopyOnWriteArrayList<>();
        AnswerHook hook = (operation, code) -> {
            seen.add(operation + " " + code);
            if (operation.equals("import_batch_advanced")) {
                entered.countDown();
                release.await();
            }
        };
        try (FakeCapitalistServer server = FakeCapitalistServer.start(SandboxConfig.sandbox().answerHook(hook).build());
             RawClient client = new RawClient(server.uri())) {
            CompletableFuture<RawClient.Answer> answer = CompletableFuture.supplyAsync(() -> client.json(upload()));

            assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(server.bank().batches()).hasSize(1);
            assertThat(answer).isNotDone();
            release.countDown();

            assertThat(answer.get(30, TimeUnit.SECONDS).code()).isZero();
            assertThat(seen).containsExactly("import_batch_advanced 0");
        }
    }

    @Test
    void aHookThatThrowsDoesNotSpoilTheAnswer() {
        AnswerHook hook = (operation, code) -> {
            throw new IllegalStateException("hook failure");
        };
        try (FakeCapitalistServer server = FakeCapitalistServer.start(SandboxConfig.sandbox().answerHook(hook).build());
             RawClient client = new RawClient(server.uri())) {
            assertThat(client.json(upload()).code()).isZero();
        }
    }

    @Test
    void theServerIsIdleOnlyOnceItsClientsHaveClosedTheirConnections() {
        try (FakeCapitalistServer server = FakeCapitalistServer.start(SandboxConfig.sandbox().build())) {
            server.awaitIdle(Duration.ofSeconds(30));
            RawClient client = new RawClient(server.uri());
            assertThat(client.json(upload()).code()).isZero();

            // the client keeps its connection alive: the server cannot be idle
            assertThatThrownBy(() -> server.awaitIdle(Duration.ofMillis(200)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("1 connection(s) open");

            client.close();
            server.awaitIdle(Duration.ofSeconds(30));
        }
    }

    private static Map<String, String> upload() {
        return plain("import_batch_advanced", "batch", BATCH, "verification_type", "PIN",
                "verification_data", RawClient.md5(SandboxIdentity.PIN));
    }
}
