package io.capitalist4j.reliability.support;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.KeyCertOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny HTTP server on 127.0.0.1 that answers whatever a test scripts: the answers a faithful fake would never
 * give (truncated, mislabelled, wrongly typed) and protocol situations pinned down exactly (code 16, code 20).
 * It counts requests per operation and open connections.
 */
public final class ScriptedServer implements AutoCloseable {

    /** One request as the server read it: the form fields and the format the client asked for. */
    public record Request(String operation, Map<String, String> form, String formatHeader) {
    }

    /** What to do with one request. */
    public record Answer(int status, String formatHeader, byte[] body, Mode mode) {
        public enum Mode { NORMAL, CLOSE_WITHOUT_ANSWER, TRUNCATE, NEVER_ANSWER }

        public static Answer json(String body) {
            return new Answer(200, "json", body.getBytes(StandardCharsets.UTF_8), Mode.NORMAL);
        }

        public static Answer of(int status, String formatHeader, byte[] body) {
            return new Answer(status, formatHeader, body, Mode.NORMAL);
        }

        public Answer with(Mode mode) {
            return new Answer(status, formatHeader, body, mode);
        }
    }

    /** The test's script: called on the event loop, must not block. */
    @FunctionalInterface
    public interface Script {
        Answer answer(Request request);
    }

    private final Vertx vertx;
    private final HttpServer server;
    private final boolean tls;
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger openConnections = new AtomicInteger();
    private final AtomicInteger totalConnections = new AtomicInteger();
    private final AtomicInteger peakConnections = new AtomicInteger();

    private ScriptedServer(Script script, KeyCertOptions keyCert) {
        this.vertx = Vertx.vertx();
        this.tls = keyCert != null;
        HttpServerOptions options = new HttpServerOptions().setHost("127.0.0.1").setPort(0);
        if (tls) {
            options.setSsl(true).setKeyCertOptions(keyCert);
        }
        HttpServer created = vertx.createHttpServer(options);
        created.connectionHandler(connection -> {
            totalConnections.incrementAndGet();
            peakConnections.accumulateAndGet(openConnections.incrementAndGet(), Math::max);
            connection.closeHandler(v -> openConnections.decrementAndGet());
        });
        created.requestHandler(request -> handle(request, script));
        try {
            this.server = created.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            vertx.close();
            throw new IllegalStateException("the scripted server cannot listen", e);
        }
    }

    public static ScriptedServer start(Script script) {
        return new ScriptedServer(Objects.requireNonNull(script, "script"), null);
    }

    public static ScriptedServer startTls(Script script, KeyCertOptions keyCert) {
        return new ScriptedServer(Objects.requireNonNull(script, "script"), Objects.requireNonNull(keyCert, "keyCert"));
    }

    private void handle(HttpServerRequest request, Script script) {
        request.setExpectMultipart(true);
        request.end().onComplete(ar -> {
            Map<String, String> form = new LinkedHashMap<>();
            request.formAttributes().forEach(e -> form.putIfAbsent(e.getKey(), e.getValue()));
            String operation = form.getOrDefault("operation", "");
            Request seen = new Request(operation, Map.copyOf(form),
                    Objects.requireNonNullElse(request.getHeader("x-response-format"), ""));
            requests.add(seen);
            counts.computeIfAbsent(operation, k -> new AtomicLong()).incrementAndGet();
            Answer answer = script.answer(seen);
            switch (answer.mode()) {
                case CLOSE_WITHOUT_ANSWER:
                    request.connection().close();
                    return;
                case NEVER_ANSWER:
                    return;
                case TRUNCATE:
                    request.response().setStatusCode(answer.status())
                            .putHeader("x-response-format", answer.formatHeader())
                            .putHeader("content-length", Integer.toString(answer.body().length))
                            .write(Buffer.buffer(java.util.Arrays.copyOf(answer.body(), answer.body().length / 2)))
                            .onComplete(v -> request.connection().close());
                    return;
                default:
                    var response = request.response().setStatusCode(answer.status());
                    if (!answer.formatHeader().isEmpty()) {
                        response.putHeader("x-response-format", answer.formatHeader());
                    }
                    response.end(Buffer.buffer(answer.body()));
            }
        });
    }

    public URI uri() {
        return URI.create((tls ? "https" : "http") + "://127.0.0.1:" + server.actualPort() + "/");
    }

    /** The same port under another host name, for host name verification. */
    public URI uriWithHost(String host) {
        return URI.create((tls ? "https" : "http") + "://" + host + ":" + server.actualPort() + "/");
    }

    public long count(String operation) {
        AtomicLong c = counts.get(operation);
        return c == null ? 0 : c.get();
    }

    public long total() {
        return counts.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public int openConnections() {
        return openConnections.get();
    }

    public int totalConnections() {
        return totalConnections.get();
    }

    public int peakConnections() {
        return peakConnections.get();
    }

    public Vertx vertx() {
        return vertx;
    }

    @Override
    public void close() {
        try {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // closing the Vert.x instance below releases the port either way
        } finally {
            vertx.close();
        }
    }
}
