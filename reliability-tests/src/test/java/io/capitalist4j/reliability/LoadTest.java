package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.http.AuthMode;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.reliability.support.Await;
import io.capitalist4j.reliability.support.ServerKeys;
import io.capitalist4j.testkit.scripted.Answer;
import io.capitalist4j.testkit.scripted.ScriptedServer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A client with a pool of 256 connections really puts 256 requests on the wire at once (the scripted server holds
 * every answer until 256 wait together), then makes ten thousand calls 256 at a time: no call fails, the pool's
 * 256 connections are reused and never reopened, all of them are closed with the client, and the heap after the
 * run (measured after a full GC) is where it was before it, give or take a bounded amount.
 */
class LoadTest {

    static final int CALLS = 10_000;
    static final int CONCURRENCY = 256;
    static final int WARM_UP = 512;
    /** The one account of {@link ServerKeys#accountsJson()}. */
    static final String ACCOUNT = "R0100001";
    /** A generous bound: the run keeps nothing per call, so growth is noise from class loading and pools. */
    static final long HEAP_GROWTH_LIMIT = 16L * 1024 * 1024;

    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * Runs {@code total} calls with {@code lanes} of them in flight at any time; counts the outcomes: the accounts
     * answered (their numbers) or the failure (type and message).
     */
    private static Map<String, Integer> run(CapitalistHttpApi api, int total, int lanes) throws Exception {
        AtomicInteger started = new AtomicInteger();
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        CompletableFuture<?>[] done = new CompletableFuture<?>[lanes];
        for (int lane = 0; lane < lanes; lane++) {
            CompletableFuture<Void> finished = new CompletableFuture<>();
            done[lane] = finished;
            next(api, started, total, outcomes, finished);
        }
        // hang guard, not a timing assertion
        CompletableFuture.allOf(done).get(5, TimeUnit.MINUTES);
        return outcomes;
    }

    private static void next(CapitalistHttpApi api, AtomicInteger started, int total, Map<String, Integer> outcomes,
                             CompletableFuture<Void> finished) {
        if (started.getAndIncrement() >= total) {
            finished.complete(null);
            return;
        }
        api.getAccounts().whenComplete((accounts, failure) -> {
            String outcome = failure != null ? failure.getClass().getSimpleName() + ": " + failure.getMessage()
                    : accounts.accounts().stream().map(a -> a.number().value()).collect(Collectors.joining(","));
            outcomes.merge(outcome, 1, Integer::sum);
            next(api, started, total, outcomes, finished);
        });
    }

    @Test
    void carries256ConcurrentConnectionsThenTenThousandCallsWithoutErrorsLeakedConnectionsOrHeapGrowth()
            throws Exception {
        try (ScriptedServer server = ScriptedServer.start()) {
            server.byDefault("get_accounts", Answer.json(ServerKeys.accountsJson()));
            // No answer leaves before CONCURRENCY requests wait at once: the pool must really open that many.
            server.holdAnswersUntilWaiting(CONCURRENCY);
            CapitalistHttpApi api = VertxHttp.create(HttpOptions.builder().baseUrl(server.uri()).authMode(AuthMode.PLAIN)
                            .maxConnections(CONCURRENCY).readRetries(0).requestTimeout(Duration.ofSeconds(60)).build(),
                    Credentials.of("load-tester", Secret.of("load-password")), BouncyCastleSigning.passwordCipher());
            try {
                assertThat(run(api, WARM_UP, CONCURRENCY)).as("warm-up outcomes").isEqualTo(Map.of(ACCOUNT, WARM_UP));
                assertThat(server.maxOpenConnections()).as("connections open at the same time").isEqualTo(CONCURRENCY);
                assertThat(server.maxInFlight()).as("requests in flight at the same time").isEqualTo(CONCURRENCY);
                assertThat(server.count("get_accounts")).as("warm-up calls the server read").isEqualTo(WARM_UP);
                // The server's request log is the server's memory, not the client's.
                server.clearRequests();
                long before = heapAfterGc();
                long started = System.nanoTime();
                Map<String, Integer> outcomes = run(api, CALLS, CONCURRENCY);
                long millis = (System.nanoTime() - started) / 1_000_000;
                long served = server.count("get_accounts");
                int total = server.total();
                server.clearRequests();
                long after = heapAfterGc();
                System.out.printf("load: calls=%d concurrency=%d failures=%d duration=%d ms heap-before=%.1f MiB"
                                + " heap-after=%.1f MiB growth=%.1f MiB connections-opened=%d most-open=%d most-in-flight=%d%n",
                        CALLS, CONCURRENCY, CALLS - outcomes.getOrDefault(ACCOUNT, 0), millis,
                        before / 1048576.0, after / 1048576.0, (after - before) / 1048576.0, server.connectionsOpened(),
                        server.maxOpenConnections(), server.maxInFlight());
                assertThat(outcomes).as("every call answered with the one account, none failed").isEqualTo(Map.of(ACCOUNT, CALLS));
                assertThat(served).as("calls the server read").isEqualTo(CALLS);
                assertThat(total).as("requests of any operation (PLAIN login sends no get_token)").isEqualTo(CALLS);
                assertThat(server.inFlight()).as("requests still unanswered after the run").isZero();
                assertThat(server.connectionsOpened()).as("connections opened for %d calls: the pool's, reused",
                        WARM_UP + CALLS).isEqualTo(CONCURRENCY);
                assertThat(server.maxOpenConnections()).as("the pool never goes beyond its size").isEqualTo(CONCURRENCY);
                assertThat(after - before).as("heap growth in bytes").isLessThan(HEAP_GROWTH_LIMIT);
            } finally {
                api.close();
            }
            assertThat(Await.until(() -> server.openConnections() == 0, Duration.ofSeconds(30)))
                    .as("every connection is closed once the client is closed (still open: %d)", server.openConnections())
                    .isTrue();
        }
    }
}
