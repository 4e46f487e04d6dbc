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
import io.capitalist4j.reliability.support.CountingProxy;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.SandboxConfig;
import io.capitalist4j.testkit.SandboxIdentity;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand calls, 256 at a time, against the testkit server through a relay that counts connections:
 * no call fails, the client keeps to a bounded set of reused connections and closes them all, and the heap
 * after the run (measured after a full GC) is where it was before it, give or take a bounded amount.
 */
class LoadTest {

    static final int CALLS = 10_000;
    static final int CONCURRENCY = 256;
    /** A generous bound: the run keeps nothing per call, so growth is noise from class loading and pools. */
    static final long HEAP_GROWTH_LIMIT = 16L * 1024 * 1024;

    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Runs {@code total} calls with {@code lanes} of them in flight at any time; counts failures by type. */
    private static Map<String, Integer> run(CapitalistHttpApi api, int total, int lanes) throws Exception {
        AtomicInteger started = new AtomicInteger();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        CompletableFuture<?>[] done = new CompletableFuture<?>[lanes];
        for (int lane = 0; lane < lanes; lane++) {
            CompletableFuture<Void> finished = new CompletableFuture<>();
            done[lane] = finished;
            next(api, started, total, failures, finished);
        }
        // hang guard, not a timing assertion
        CompletableFuture.allOf(done).get(5, TimeUnit.MINUTES);
        return failures;
    }

    private static void next(CapitalistHttpApi api, AtomicInteger started, int total, Map<String, Integer> failures,
                             CompletableFuture<Void> finished) {
        if (started.getAndIncrement() >= total) {
            finished.complete(null);
            return;
        }
        api.getAccounts().whenComplete((accounts, failure) -> {
            if (failure != null) {
                failures.merge(failure.getClass().getSimpleName() + ": " + failure.getMessage(), 1, Integer::sum);
            } else if (accounts.accounts().isEmpty()) {
                failures.merge("empty answer", 1, Integer::sum);
            }
            next(api, started, total, failures, finished);
        });
    }

    @Test
    void completesTenThousandCallsAt256InFlightWithoutErrorsLeakedConnectionsOrHeapGrowth() throws Exception {
        try (FakeCapitalistServer server = FakeCapitalistServer.start(SandboxConfig.sandbox().build());
             CountingProxy proxy = CountingProxy.to(server.uri())) {
            CapitalistHttpApi api = VertxHttp.create(HttpOptions.builder().baseUrl(proxy.uri()).authMode(AuthMode.PLAIN)
                            .readRetries(0).requestTimeout(Duration.ofSeconds(60)).build(),
                    Credentials.of(SandboxIdentity.LOGIN, Secret.of(SandboxIdentity.PASSWORD)),
                    BouncyCastleSigning.passwordCipher());
            try {
                assertThat(run(api, 500, CONCURRENCY)).as("warm-up failures").isEmpty();
                // The testkit keeps a log of every request; it is the server's memory, not the client's.
                server.bank().clearRequests();
                long before = heapAfterGc();
                long started = System.nanoTime();
                Map<String, Integer> failures = run(api, CALLS, CONCURRENCY);
                long millis = (System.nanoTime() - started) / 1_000_000;
                int openAfterRun = proxy.open();
                long served = server.bank().requests().size();
                server.bank().clearRequests();
                long after = heapAfterGc();
                System.out.printf("load: calls=%d concurrency=%d failures=%d duration=%d ms heap-before=%.1f MiB"
                                + " heap-after=%.1f MiB growth=%.1f MiB connections-opened=%d peak-open=%d open-after-run=%d%n",
                        CALLS, CONCURRENCY, failures.values().stream().mapToInt(Integer::intValue).sum(), millis,
                        before / 1048576.0, after / 1048576.0, (after - before) / 1048576.0, proxy.opened(), proxy.peak(),
                        openAfterRun);
                assertThat(failures).as("failed calls by cause").isEmpty();
                assertThat(served).as("calls the server answered").isEqualTo(CALLS);
                assertThat(after - before).as("heap growth in bytes").isLessThan(HEAP_GROWTH_LIMIT);
                assertThat(proxy.peak()).as("most connections open at once").isLessThanOrEqualTo(CONCURRENCY);
                assertThat(proxy.opened()).as("connections opened for %d calls: they are reused", CALLS + 500)
                        .isLessThan(CONCURRENCY);
                assertThat(openAfterRun).isLessThanOrEqualTo(proxy.peak());
            } finally {
                api.close();
            }
            assertThat(Await.until(() -> proxy.open() == 0, Duration.ofSeconds(30)))
                    .as("every connection is closed once the client is closed (still open: %d)", proxy.open()).isTrue();
        }
    }
}

