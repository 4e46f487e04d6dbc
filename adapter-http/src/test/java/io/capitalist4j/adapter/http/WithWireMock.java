package io.capitalist4j.adapter.http;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import io.vertx.core.Vertx;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One Vert.x and one WireMock server on 127.0.0.1 per test class; before each test (nested ones too) the
 * journal and the stubs are reset and every operation answers with its reference fixture until a test says
 * otherwise.
 */
abstract class WithWireMock {

    static Vertx vertx;
    static WireMockServer wireMock;

    @BeforeAll
    static void startServers() {
        vertx = Vertx.vertx();
        wireMock = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()
                // WireMock's own messages go to the console, never into the log file the logging test reads.
                .notifier(new ConsoleNotifier(false)));
        wireMock.start();
    }

    @AfterAll
    static void stopServers() throws Exception {
        wireMock.stop();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @BeforeEach
    void answerByFixtures() {
        wireMock.resetAll();
        ApiStubs.answerEveryOperationByFixture(wireMock);
    }

    static URI uri() {
        return URI.create("http://127.0.0.1:" + wireMock.port() + "/");
    }
}
