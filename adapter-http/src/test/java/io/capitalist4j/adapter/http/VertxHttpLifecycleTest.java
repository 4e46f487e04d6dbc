package io.capitalist4j.adapter.http;

import static io.capitalist4j.adapter.http.ApiStubs.count;
import static io.capitalist4j.adapter.http.TestSupport.await;
import static io.capitalist4j.adapter.http.TestSupport.credentials;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.domain.auth.Secret;
import io.vertx.core.Vertx;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Options, what shows in toString, and who closes which Vert.x. */
class VertxHttpLifecycleTest extends WithWireMock {

    @Test
    void leavesAGivenVertxRunningOnClose() throws Exception {
        Vertx given = Vertx.vertx();
        try {
            CapitalistHttpApi api = VertxHttp.create(HttpOptions.builder().baseUrl(uri()).vertx(given)
                    .authMode(AuthMode.PLAIN).build(), credentials(), new TestSupport.FakeCipher());
            await(api.getCurrencyRates());
            api.close();
            Long fired = given.<Long>executeBlocking(() -> 42L).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
            assertThat(fired).isEqualTo(42L);
            CapitalistHttpApi again = VertxHttp.create(HttpOptions.builder().baseUrl(uri()).vertx(given)
                    .authMode(AuthMode.PLAIN).build(), credentials(), new TestSupport.FakeCipher());
            assertThat(await(again.getCurrencyRates()).buy()).hasSize(6);
            again.close();
        } finally {
            given.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        assertThat(count(wireMock, "currency_rates")).isEqualTo(2);
    }

    @Test
    void runsOnItsOwnVertxWhenNoneIsGiven() throws Exception {
        try (CapitalistHttpApi api = VertxHttp.create(HttpOptions.builder().baseUrl(uri())
                .authMode(AuthMode.PLAIN).build(), credentials(), new TestSupport.FakeCipher())) {
            assertThat(await(api.getCurrencyRates()).sell()).hasSize(2);
        }
        assertThat(count(wireMock, "currency_rates")).isEqualTo(1);
    }

    @Test
    void hasFiniteDefaultsForTheProductionEndpoint() {
        HttpOptions defaults = HttpOptions.defaults();
        assertThat(defaults.baseUrl()).isEqualTo(URI.create("https://api.capitalist.net/"));
        assertThat(defaults.format()).isEqualTo(ResponseFormat.JSON);
        assertThat(defaults.authMode()).isEqualTo(AuthMode.TOKEN);
        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.idleTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.requestTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.readRetries()).isEqualTo(2);
        assertThat(defaults.loginLockPeriod()).isEqualTo(Duration.ofMinutes(30));
        assertThat(defaults.trustStore()).isEmpty();
        assertThat(defaults.toBuilder().readRetries(0).build().readRetries()).isZero();
    }

    @Test
    void rejectsOptionsThatWouldNeverTimeOutOrRetryForever() {
        assertThatThrownBy(() -> HttpOptions.builder().requestTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestTimeout");
        assertThatThrownBy(() -> HttpOptions.builder().readRetries(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readRetries");
        assertThatThrownBy(() -> HttpOptions.builder().baseUrl(URI.create("ftp://api.capitalist.net/")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> HttpOptions.builder().baseUrl(URI.create("https://user:pw@api.capitalist.net/")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("pw");
    }

    @Test
    void neverShowsThePasswordsInToString() {
        Credentials credentials = Credentials.of("api-user", Secret.of("hunter2"));
        assertThat(credentials.toString()).contains("api-user").doesNotContain("hunter2");
        ProxySettings proxy = ProxySettings.http("127.0.0.1", 3128).withLogin("proxy-user", Secret.of("proxy-pass"));
        HttpOptions options = HttpOptions.builder().proxy(proxy)
                .trustStore(TrustStore.of(Path.of("trust.jks"), Secret.of("store-pass"))).build();
        assertThat(options.toString()).contains("proxy-user").doesNotContain("proxy-pass").doesNotContain("store-pass");
        assertThat(options.trustStore().orElseThrow().type()).isEqualTo(TrustStore.Type.JKS);
        assertThatThrownBy(() -> Credentials.of(" ", Secret.of("x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
