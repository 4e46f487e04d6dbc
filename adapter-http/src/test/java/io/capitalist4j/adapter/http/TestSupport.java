package io.capitalist4j.adapter.http;

import io.capitalist4j.application.port.out.PasswordCipherPort;
import io.capitalist4j.application.port.out.TokenKey;
import io.capitalist4j.domain.auth.Secret;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/** Small helpers shared by the client tests. */
final class TestSupport {

    static final String LOGIN = "api-user";
    static final String PASSWORD = "pa55-Пароль-secret";

    private TestSupport() {
    }

    /** Stands in for RSA: a recognisable value, counted, never the password itself. */
    static final class FakeCipher implements PasswordCipherPort {
        final AtomicInteger calls = new AtomicInteger();
        final List<TokenKey> keys = new CopyOnWriteArrayList<>();
        final List<String> passwords = new CopyOnWriteArrayList<>();

        @Override
        public String encryptHex(TokenKey key, Secret password) {
            keys.add(key);
            passwords.add(password.reveal());
            return "enc" + calls.incrementAndGet() + "-" + key.exponentHex();
        }
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now = Instant.parse("2025-01-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /**
     * The API against {@code server} in plain-password mode (nothing to encrypt, so no get_token in the way), with
     * {@code tune} applied to the options after the base URL, the mode and a 10 s request deadline.
     */
    static CapitalistHttpApi plainApi(WireMockServer server, String login, String password,
                                      UnaryOperator<HttpOptions.Builder> tune) {
        HttpOptions.Builder options = HttpOptions.builder()
                .baseUrl(URI.create("http://127.0.0.1:" + server.port() + "/"))
                .authMode(AuthMode.PLAIN)
                .requestTimeout(Duration.ofSeconds(10));
        return VertxHttp.create(tune.apply(options).build(), Credentials.of(login, Secret.of(password)),
                (key, secret) -> {
                    throw new AssertionError("plain mode encrypts nothing");
                });
    }

    static Credentials credentials() {
        return Credentials.of(LOGIN, Secret.of(PASSWORD));
    }

    static <T> T await(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** The exception the stage failed with. */
    static Throwable failure(CompletionStage<?> stage) throws Exception {
        try {
            stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("the call succeeded");
    }
}
