package io.capitalist4j.adapter.http;

import static io.capitalist4j.adapter.http.TestSupport.credentials;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.domain.rate.CurrencyRates;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The connection pool: many calls in flight share exactly {@code maxConnections} keep-alive connections. A plain
 * Vert.x server stands in here because the proof is a count of TCP connections, which WireMock does not expose.
 */
class VertxHttpPoolTest {

    private static final int POOL = 3;
    private static final int CALLS = 40;

    /**
     * Holds every answer until {@link #POOL} requests are in flight at once, then answers those and everything
     * after at once. HTTP/1.1 carries one request per connection at a time, so the release proves the pool opened
     * {@link #POOL} connections; the connection count proves it opened no more although 40 calls were waiting.
     */
    private static final class CountingServer {
        final AtomicInteger connections = new AtomicInteger();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger mostInFlight = new AtomicInteger();
        final AtomicInteger requests = new AtomicInteger();
        private final List<HttpServerRequest> held = new ArrayList<>();
        private boolean released;
        private final byte[] answer = ApiStubs.fixtureBytes("currency_rates.json");

        void handle(HttpServerRequest request) {
            request.body().onSuccess(body -> arrived(request));
        }

        private synchronized void arrived(HttpServerRequest request) {
            requests.incrementAndGet();
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            if (released) {
                send(request);
                return;
            }
            held.add(request);
            if (held.size() == POOL) {
                released = true;
                held.forEach(this::send);
                held.clear();
            }
        }

        private void send(HttpServerRequest request) {
            inFlight.decrementAndGet();
            request.response().putHeader("x-response-format", "json").end(Buffer.buffer(answer));
        }
    }

    @Test
    void fortyCallsInFlightTravelOverExactlyMaxConnectionsConnections() throws Exception {
        Vertx vertx = Vertx.vertx();
        CountingServer counting = new CountingServer();
        try {
            HttpServer server = vertx.createHttpServer()
                    .connectionHandler(c -> counting.connections.incrementAndGet())
                    .requestHandler(counting::handle)
                    .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            URI uri = URI.create("http://127.0.0.1:" + server.actualPort() + "/");
            // A pool too small to reach the release would end in a timeout, not a hang.
            try (CapitalistHttpApi api = VertxHttp.create(HttpOptions.builder().baseUrl(uri).maxConnections(POOL)
                    .requestTimeout(Duration.ofSeconds(20)).readRetries(0).authMode(AuthMode.PLAIN).build(),
                    credentials(), new TestSupport.FakeCipher())) {
                List<CompletableFuture<CurrencyRates>> calls = new ArrayList<>();
                for (int i = 0; i < CALLS; i++) {
                    calls.add(api.getCurrencyRates().toCompletableFuture());
                }
                CompletableFuture.allOf(calls.toArray(new CompletableFuture[0])).get(30, TimeUnit.SECONDS);

                assertThat(calls).allSatisfy(c -> assertThat(c.join().buy().get(0).amount())
                        .isEqualTo(new BigDecimal("1.1000000000000001")));
            }
            assertThat(counting.requests.get()).isEqualTo(CALLS);
            assertThat(counting.connections.get()).isEqualTo(POOL);
            assertThat(counting.mostInFlight.get()).isEqualTo(POOL);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void refusesAPoolOfNoConnections() {
        assertThatThrownBy(() -> HttpOptions.builder().maxConnections(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxConnections");
    }

    @Test
    void keepsVertxsOwnDefaultOfFiveConnections() {
        assertThat(HttpOptions.defaults().maxConnections()).isEqualTo(5);
    }
}
