package io.capitalist4j.testkit.scripted;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.PfxOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on 127.0.0.1 (a free port) that answers what the test scripted, per v1 operation (the
 * {@code operation} form field): queued {@link Answer}s first, then the operation's default, then the default
 * for every operation (HTTP 501 until you set one). It records every request with its raw bytes and counts the
 * connections and requests on the wire. Thread-safe: script it and read it from any thread, also while calls
 * are in flight. Closing it stops its Vert.x instance and every thread it started.
 *
 * <pre>{@code
 * try (ScriptedServer server = ScriptedServer.start()) {
 *     server.enqueue("get_accounts", Answer.error(20, "Invalid authentication token"), Answer.ok(accountsJson))
 *           .byDefault("get_token", Answer.ok(tokenJson));
 *     ... point the client at server.uri() ...
 *     assertThat(server.count("get_token")).isEqualTo(2);
 * }
 * }</pre>
 */
public final class ScriptedServer implements AutoCloseable {

    private static final Duration START_GUARD = Duration.ofSeconds(30);

    private final Vertx vertx;
    private final HttpServer server;
    private final boolean tls;
    private final Script script = new Script();
    private final Traffic traffic = new Traffic();
    private final AnswerWriter writer;
    private final Map<HttpConnection, Traffic.Link> links = new ConcurrentHashMap<>();
    private final List<ReceivedRequest> received = new ArrayList<>();
    private int sequence;

    private ScriptedServer(HttpServerOptions options) {
        this.vertx = Vertx.vertx();
        this.writer = new AnswerWriter(vertx);
        this.tls = options.isSsl();
        HttpServer created = vertx.createHttpServer(options.setHost("127.0.0.1").setPort(0));
        created.connectionHandler(connection -> {
            Traffic.Link link = traffic.connectionOpened();
            links.put(connection, link);
            connection.closeHandler(v -> traffic.connectionClosed(links.remove(connection)));
        });
        created.requestHandler(this::handle);
        try {
            this.server = created.listen().toCompletionStage().toCompletableFuture()
                    .get(START_GUARD.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            vertx.close();
            throw new IllegalStateException("the scripted server cannot listen on 127.0.0.1", e);
        }
    }

    /** Plain HTTP on 127.0.0.1 and a free port. */
    public static ScriptedServer start() {
        return new ScriptedServer(new HttpServerOptions());
    }

    /** HTTPS on 127.0.0.1 and a free port, with the key and certificate of a PKCS#12 key store. */
    public static ScriptedServer startTls(Path pkcs12KeyStore, String password) {
        PfxOptions keyCert = new PfxOptions().setPath(pkcs12KeyStore.toString()).setPassword(password);
        return new ScriptedServer(new HttpServerOptions().setSsl(true).setKeyCertOptions(keyCert));
    }

    /** {@code http://127.0.0.1:<port>/} (or https). */
    public URI uri() {
        return URI.create((tls ? "https" : "http") + "://127.0.0.1:" + server.actualPort() + "/");
    }

    /** Queues answers (or responders) for the next requests of {@code operation}, in this order. */
    public ScriptedServer enqueue(String operation, Responder... answers) {
        script.enqueue(operation, answers);
        return this;
    }

    /** How {@code operation} is answered once its queue is empty. */
    public ScriptedServer byDefault(String operation, Responder answer) {
        script.byDefault(operation, answer);
        return this;
    }

    /** How any operation is answered once its queue is empty and it has no default of its own. */
    public ScriptedServer byDefault(Responder answer) {
        script.byDefault(answer);
        return this;
    }

    /**
     * Keeps every answer back until {@code requests} requests have been read and wait at the same time, then
     * sends them all; after that, answers go out at once again. This proves that a client really has that many
     * requests on the wire (a client that cannot reach the number never gets an answer: give it a timeout).
     */
    public ScriptedServer holdAnswersUntilWaiting(int requests) {
        traffic.holdUntil(requests);
        return this;
    }

    /** Answers still queued for {@code operation}. */
    public int queued(String operation) {
        return script.queued(operation);
    }

    /** Every request read so far, in the order they were read. */
    public List<ReceivedRequest> requests() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The requests of one operation, in the order they were read. */
    public List<ReceivedRequest> requests(String operation) {
        List<ReceivedRequest> out = new ArrayList<>();
        for (ReceivedRequest r : requests()) {
            if (r.operation().equals(operation)) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Forgets the requests recorded so far, for long runs whose log would weigh on the heap; sequence numbers
     * and the connection and in-flight counts go on.
     */
    public void clearRequests() {
        synchronized (received) {
            received.clear();
        }
    }

    public long count(String operation) {
        return requests(operation).size();
    }

    public int total() {
        synchronized (received) {
            return received.size();
        }
    }

    /** Waits until at least {@code count} requests are recorded; false if the guard passed first. */
    public boolean awaitRequests(int count, Duration guard) throws InterruptedException {
        long deadline = System.nanoTime() + guard.toNanos();
        synchronized (received) {
            while (received.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(received, left);
            }
            return true;
        }
    }

    /** Answers being kept back by {@link #holdAnswersUntilWaiting} right now. */
    public int waiting() {
        return traffic.held();
    }

    /** Requests begun and not yet fully answered (or broken) right now. */
    public int inFlight() {
        return traffic.inFlight();
    }

    /** The most requests that were in flight at the same time. */
    public int maxInFlight() {
        return traffic.maxInFlight();
    }

    public int openConnections() {
        return traffic.openConnections();
    }

    /** Connections accepted since the start. */
    public int connectionsOpened() {
        return traffic.connectionsOpened();
    }

    /** The most connections that were open at the same time. */
    public int maxOpenConnections() {
        return traffic.maxOpenConnections();
    }

    private void handle(HttpServerRequest request) {
        HttpConnection connection = request.connection();
        Traffic.Link link = links.computeIfAbsent(connection, c -> traffic.connectionOpened());
        Traffic.Call call = traffic.requestStarted(link);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.headers().forEach(h -> headers.computeIfAbsent(h.getKey(), k -> new ArrayList<>()).add(h.getValue()));
        request.body().onComplete(read -> {
            if (read.failed()) {
                call.finish(); // the client went away before the request was complete: nothing to record
                return;
            }
            byte[] body = read.result().getBytes();
            ReceivedRequest seen;
            synchronized (received) {
                seen = new ReceivedRequest(++sequence, link.ordinal, request.method().name(), request.uri(),
                        headers, body, FormFields.decode(request.getHeader("content-type"), body));
                received.add(seen);
                received.notifyAll();
            }
            Answer answer = choose(seen);
            traffic.admit(vertx.getOrCreateContext(), () -> writer.write(request, answer, call::finish));
        });
    }

    private Answer choose(ReceivedRequest request) {
        try {
            return Objects.requireNonNull(script.next(request.operation()).answer(request), "the responder's answer");
        } catch (RuntimeException e) {
            // the test's own mistake, made visible to the client and in the test's output
            return Answer.text(500, "the scripted responder failed: " + e);
        }
    }

    @Override
    public void close() {
        try {
            server.close().toCompletionStage().toCompletableFuture().get(START_GUARD.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // closing Vert.x below releases the port either way
        } finally {
            try {
                vertx.close().toCompletionStage().toCompletableFuture().get(START_GUARD.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
