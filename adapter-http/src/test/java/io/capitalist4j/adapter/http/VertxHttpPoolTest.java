package io.capitalist4j.adapter.http;

import static io.capitalist4j.adapter.http.TestSupport.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.domain.rate.CurrencyRates;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The connection pool: many calls in flight share at most {@code maxConnections} keep-alive connections. */
class VertxHttpPoolTest {

    @Test
    void manyCallsInFlightOpenNoMoreThanMaxConnections() throws Exception {
        Vertx vertx = Vertx.vertx();
        AtomicInteger connections = new AtomicInteger();
        byte[] rates = ScriptedServer.fixtureBytes("currency_rates.json");
        try {
            // Answers are held a little so that calls overlap; the assertion is on counts, never on time.
            HttpServer server = vertx.createHttpServer()
                    .connectionHandler(c -> connections.incrementAndGet())
                    .requestHandler(req -> req.body().onSuccess(b -> vertx.setTimer(5, t -> req.response()
                            .putHeader("x-response-format", "json")
                            .end(io.vertx.core.buffer.Buffer.buffer(rates)))))
                    .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            URI uri = URI.create("http://127.0.0.1:" + server.actualPort() + "/");
            try (CapitalistHttpApi api = VertxHttp.create(HttpOptions.builder().baseUrl(uri).maxConnections(3)
                    .authMode(AuthMode.PLAIN).build(), credentials(), new TestSupport.FakeCipher())) {
                List<CompletableFuture<CurrencyRates>> calls = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    calls.add(api.getCurrencyRates().toCompletableFuture());
                }
                CompletableFuture.allOf(calls.toArray(new CompletableFuture[0])).get(30, TimeUnit.SECONDS);

                assertThat(calls).allSatisfy(c -> assertThat(c.join().buy()).isNotEmpty());
                assertThat(connections.get()).isBetween(1, 3);
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void refusesAPoolOfNoConnections() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HttpOptions.builder().maxConnections(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxConnections");
    }

    @Test
    void keepsVertxsOwnDefaultOfFiveConnections() {
        assertThat(HttpOptions.defaults().maxConnections()).isEqualTo(5);
    }
}
