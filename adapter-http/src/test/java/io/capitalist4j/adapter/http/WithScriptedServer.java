package io.capitalist4j.adapter.http;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One Vert.x per test class and a fresh scripted server per test. JUnit runs a subclass's {@code @BeforeEach}
 * after {@link #startServer()} and its {@code @AfterEach} before {@link #stopServer()}, so a client the subclass
 * opens on {@link #server} is closed before the server is.
 */
abstract class WithScriptedServer {

    static Vertx vertx;
    ScriptedServer server;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.close();
    }

    @BeforeEach
    void startServer() {
        server = new ScriptedServer(vertx);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }
}
