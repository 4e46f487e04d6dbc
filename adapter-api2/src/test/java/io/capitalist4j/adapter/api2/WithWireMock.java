package io.capitalist4j.adapter.api2;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.capitalist4j.domain.auth.Secret;
import io.vertx.core.Vertx;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One Vert.x and one WireMock server on 127.0.0.1 (port 0) per class; a fresh client on a fixed clock per test. */
abstract class WithWireMock {

    static final String KEY = "test-only-api2-key-0001";
    static final String SECRET = "test-only-api2-secret-NOT-REAL-0001";
    static final long NOW = 1767225601234L;

    static Vertx vertx;
    static WireMockServer wireMock;
    Api2HttpApi api;

    @BeforeAll
    static void startServers() {
        vertx = Vertx.vertx();
        wireMock = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()
                .notifier(new ConsoleNotifier(false)));
        wireMock.start();
    }

    @AfterAll
    static void stopServers() throws Exception {
        wireMock.stop();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @BeforeEach
    void freshClient() {
        wireMock.resetAll();
        api = Api2Http.create(options().build(), Api2Credentials.of(KEY, Secret.of(SECRET)));
    }

    @AfterEach
    void closeClient() {
        api.close();
    }

    static Api2Options.Builder options() {
        return Api2Options.builder().baseUrl(uri()).vertx(vertx)
                .clock(Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC))
                .retryBaseDelay(Duration.ofMillis(1)).readRetries(2).requestTimeout(Duration.ofSeconds(5));
    }

    static URI uri() {
        return URI.create("http://127.0.0.1:" + wireMock.port() + "/");
    }

    static <T> T await(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    static Throwable failure(CompletionStage<?> stage) throws Exception {
        try {
            stage.toCompletableFuture().get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("the call succeeded");
    }

    static List<LoggedRequest> requests() {
        return wireMock.getAllServeEvents().stream().map(e -> e.getRequest())
                .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate))
                .collect(Collectors.toList());
    }

    /** The signature computed here on its own, not with the adapter's code. */
    static String expectedSignature(String timestamp, byte[] body) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(timestamp.getBytes(StandardCharsets.US_ASCII));
        sha.update(body);
        sha.update(SECRET.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }
}
