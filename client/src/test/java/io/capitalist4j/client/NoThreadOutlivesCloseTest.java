package io.capitalist4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.csv.CsvCodecs;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.port.in.BatchOutcome;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.application.port.in.WaitOptions;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.testkit.SandboxIdentity;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Whoever builds a resource closes it, and then no thread of it is left: a client from the entry point takes
 * everything it made down with it; a client given a Vert.x instance or an api leaves them running for their
 * owner, and once the owner closes them nothing is left either. Every client here pays a real batch first, so
 * every kind of thread (event loop, Vert.x workers for RSA, the client's workers and scheduler) was started.
 */
class NoThreadOutlivesCloseTest {

    private static final Duration JOIN_LIMIT = Duration.ofSeconds(20);

    private static BatchOutcome pay(CapitalistClient client, Batch batch) {
        var submitted = client.blocking().submit(batch);
        return client.blocking().awaitCompletion(submitted.id(), WaitOptions.of(Duration.ofMillis(50), Duration.ofMinutes(1)));
    }

    private static List<String> names(List<Thread> threads) {
        return threads.stream().map(Thread::getName).collect(Collectors.toList());
    }

    @Test
    void aClientFromTheEntryPointLeavesNoThreadBehindWhenClosed() throws Exception {
        try (Sandbox sandbox = new Sandbox()) {
            Set<Thread> before = Threads.live();
            CapitalistClient client = Sandbox.client(sandbox.uri()).signingKey(SandboxIdentity.certificateKey()).build();

            BatchOutcome outcome = pay(client, Sandbox.twoPayouts("OWN"));
            List<Thread> started = Threads.startedSince(before, sandbox.group());
            client.close();

            assertThat(outcome.processed()).extracting(BatchRecord::internalNumber).containsExactly("OWN-1", "OWN-2");
            assertThat(names(started)).anyMatch(n -> n.startsWith("vert.x-eventloop-thread-"))
                    .anyMatch(n -> n.startsWith("capitalist4j-worker-"));
            assertThat(Threads.stillAliveAfter(started, JOIN_LIMIT)).isEmpty();
            // and whatever close itself started (Netty's global executor lingers a second, then ends)
            assertThat(Threads.stillAliveAfter(Threads.startedSince(before, sandbox.group()), JOIN_LIMIT)).isEmpty();
        }
    }

    @Test
    void aGivenVertxStaysUsableAfterTheClientClosesAndNothingIsLeftOnceItsOwnerClosesIt() throws Exception {
        try (Sandbox sandbox = new Sandbox()) {
            Set<Thread> before = Threads.live();
            Vertx vertx = Vertx.vertx();
            CapitalistClient first = Sandbox.client(sandbox.uri()).vertx(vertx).pin(Secret.of(SandboxIdentity.PIN)).build();
            pay(first, Sandbox.twoPayouts("EXT"));
            List<Thread> ofTheFirstClient = Threads.startedSince(before, sandbox.group()).stream()
                    .filter(t -> t.getName().startsWith("capitalist4j-")).collect(Collectors.toList());

            first.close();

            assertThat(names(ofTheFirstClient)).anyMatch(n -> n.startsWith("capitalist4j-worker-"));
            assertThat(Threads.stillAliveAfter(ofTheFirstClient, JOIN_LIMIT)).isEmpty();
            try (CapitalistClient second = Sandbox.client(sandbox.uri()).vertx(vertx).pin(Secret.of(SandboxIdentity.PIN)).build()) {
                assertThat(pay(second, Sandbox.twoPayouts("AGAIN")).processed()).hasSize(2);
            }
            assertThat(vertx.<String>executeBlocking(() -> "still running").toCompletionStage().toCompletableFuture()
                    .get(20, TimeUnit.SECONDS)).isEqualTo("still running");
            List<Thread> started = Threads.startedSince(before, sandbox.group());
            assertThat(names(started)).anyMatch(n -> n.startsWith("vert.x-eventloop-thread-"));

            vertx.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);

            assertThat(Threads.stillAliveAfter(started, JOIN_LIMIT)).isEmpty();
            // and whatever close itself started (Netty's global executor lingers a second, then ends)
            assertThat(Threads.stillAliveAfter(Threads.startedSince(before, sandbox.group()), JOIN_LIMIT)).isEmpty();
        }
    }

    @Test
    void aGivenApiStaysUsableAfterTheClientClosesAndNothingIsLeftOnceItsOwnerClosesIt() throws Exception {
        try (Sandbox sandbox = new Sandbox()) {
            Set<Thread> before = Threads.live();
            CapitalistHttpApi api = VertxHttp.create(HttpOptions.builder().baseUrl(sandbox.uri()).build(),
                    Credentials.of(SandboxIdentity.LOGIN, Secret.of(SandboxIdentity.PASSWORD)),
                    BouncyCastleSigning.passwordCipher());
            CapitalistClient client = CapitalistClient.builder().api(api).batchFormat(CsvCodecs.batchFormat()).build();
            Batch batch = Sandbox.twoPayouts("API");
            var submitted = client.blocking().submit(
                    SubmitBatchCommand.of(batch, BouncyCastleSigning.signatureVerification(SandboxIdentity.certificateKey())));
            client.blocking().awaitCompletion(submitted.id(), WaitOptions.of(Duration.ofMillis(50), Duration.ofMinutes(1)));
            List<Thread> ofTheClient = Threads.startedSince(before, sandbox.group()).stream()
                    .filter(t -> t.getName().startsWith("capitalist4j-")).collect(Collectors.toList());

            client.close();

            assertThat(Threads.stillAliveAfter(ofTheClient, JOIN_LIMIT)).isEmpty();
            assertThat(api.getAccounts().toCompletableFuture().get(20, TimeUnit.SECONDS).accounts())
                    .extracting(a -> a.number().value()).contains(SandboxIdentity.RUR_ACCOUNT);
            List<Thread> started = Threads.startedSince(before, sandbox.group());
            assertThat(names(started)).anyMatch(n -> n.startsWith("vert.x-eventloop-thread-"));

            api.close();

            assertThat(Threads.stillAliveAfter(started, JOIN_LIMIT)).isEmpty();
            // and whatever close itself started (Netty's global executor lingers a second, then ends)
            assertThat(Threads.stillAliveAfter(Threads.startedSince(before, sandbox.group()), JOIN_LIMIT)).isEmpty();
        }
    }
}
