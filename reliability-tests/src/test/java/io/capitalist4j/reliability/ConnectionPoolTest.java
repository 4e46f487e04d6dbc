package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.http.AuthMode;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.rate.CurrencyRates;
import io.capitalist4j.testkit.scripted.Answer;
import io.capitalist4j.testkit.scripted.ScriptedServer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The connection pool: many calls in flight share exactly {@code maxConnections} keep-alive connections. The
 * proof is a count of TCP connections, which the scripted server keeps.
 */
class ConnectionPoolTest {

    private static final int POOL = 3;
    private static final int CALLS = 40;
    /** A buy rate whose decimal a double would round, so the answer's numbers are read exactly. */
    private static final String RATES = "{\"rates\":{\"buy\":[{\"target\":\"EUR\",\"amount\":1.1000000000000001,"
            + "\"amountCur\":\"USD\"}],\"sell\":[],\"uahSell\":[]}}";

    @Test
    void fortyCallsInFlightTravelOverExactlyMaxConnectionsConnections() throws Exception {
        try (ScriptedServer server = ScriptedServer.start()) {
            server.byDefault("currency_rates", Answer.ok(RATES));
            // HTTP/1.1 carries one request per connection at a time: no answer leaves before POOL requests wait
            // at once, so the release proves the pool opened POOL connections; the count proves it opened no more
            // although 40 calls were waiting. A pool too small to reach the release ends in a timeout, not a hang.
            server.holdAnswersUntilWaiting(POOL);
            try (CapitalistHttpApi api = VertxHttp.create(HttpOptions.builder().baseUrl(server.uri())
                            .maxConnections(POOL).requestTimeout(Duration.ofSeconds(20)).readRetries(0)
                            .authMode(AuthMode.PLAIN).build(),
                    Credentials.of("pool-tester", Secret.of("pool-password")), BouncyCastleSigning.passwordCipher())) {
                List<CompletableFuture<CurrencyRates>> calls = new ArrayList<>();
                for (int i = 0; i < CALLS; i++) {
                    calls.add(api.getCurrencyRates().toCompletableFuture());
                }
                // hang guard, not a timing assertion
                CompletableFuture.allOf(calls.toArray(new CompletableFuture[0])).get(30, TimeUnit.SECONDS);

                assertThat(calls).allSatisfy(c -> assertThat(c.join().buy().get(0).amount())
                        .isEqualTo(new BigDecimal("1.1000000000000001")));
            }
            assertThat(server.count("currency_rates")).as("requests the server read").isEqualTo(CALLS);
            assertThat(server.total()).as("requests of any operation (PLAIN login sends no get_token)").isEqualTo(CALLS);
            assertThat(server.connectionsOpened()).as("connections opened for %d calls", CALLS).isEqualTo(POOL);
            assertThat(server.maxInFlight()).as("requests in flight at the same time").isEqualTo(POOL);
        }
    }
}
