package io.capitalist4j.testkit;

import io.capitalist4j.adapter.csv.ResponseFormat;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real HTTP server speaking Capitalist API v1 over a {@link SandboxBank}: one POST endpoint at {@code /},
 * form-urlencoded or multipart bodies. Like the live server it answers JSON only (a POST without
 * {@code x-response-format: json} gets code 4, a GET code 150); with {@link SandboxConfig.Builder#legacyFormats}
 * it also answers CSV and json-lite, in the format the header asks for. API errors are HTTP 200 with the error envelope. Faults can be injected per call. Listens on 127.0.0.1.
 */
public final class FakeCapitalistServer implements AutoCloseable {

    private static final String RESPONSE_FORMAT = "x-response-format";
    private static final int MAX_BODY = 64 * 1024 * 1024;

    private final SandboxBank bank;
    private final Engine engine;
    private final WireOperations wire;
    private final Faults faults = new Faults();
    private final Vertx vertx;
    private final HttpServer server;
    /** Guards the two counts below; notified when either drops. */
    private final Object activity = new Object();
    private int openConnections;
    private int operationsRunning;

    private FakeCapitalistServer(SandboxBank bank, int port) {
        this.bank = Objects.requireNonNull(bank, "bank");
        this.engine = bank.engine();
        this.wire = new WireOperations(engine);
        this.vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create().setHandleFileUploads(false).setBodyLimit(MAX_BODY));
        router.route("/").handler(this::handle);
        try {
            // batches of thousands of lines arrive as one form field: lift Vert.x's small form limits
            HttpServerOptions options = new HttpServerOptions().setMaxFormAttributeSize(MAX_BODY)
                    .setMaxFormBufferedBytes(MAX_BODY).setMaxFormFields(10_000);
            this.server = vertx.createHttpServer(options).connectionHandler(this::opened).requestHandler(router)
                    .listen(port, "127.0.0.1")
                    .toCompletionStage().toCompletableFuture().join();
        } catch (RuntimeException e) {
            vertx.close();
            throw new IllegalStateException("the fake server cannot listen on 127.0.0.1:" + port, e);
        }
    }

    /** Starts on 127.0.0.1 with a free port. */
    public static FakeCapitalistServer start(SandboxBank bank) {
        return new FakeCapitalistServer(bank, 0);
    }

    /** Starts on 127.0.0.1:{@code port} (0 for a free one). */
    public static FakeCapitalistServer start(SandboxBank bank, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535: " + port);
        }
        return new FakeCapitalistServer(bank, port);
    }

    public static FakeCapitalistServer start(SandboxConfig config) {
        return start(SandboxBank.create(config));
    }

    /** A server over a fresh bank with default behaviour and the {@link SandboxIdentity} user. */
    public static FakeCapitalistServer sandbox() {
        return start(SandboxBank.sandbox());
    }

    /** The endpoint, e.g. {@code http://127.0.0.1:41234/}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    public int port() {
        return server.actualPort();
    }

    public SandboxBank bank() {
        return bank;
    }

    public Faults faults() {
        return faults;
    }

    /**
     * Waits until no connection to the server is open and no operation is running or waiting to answer: after a
     * client process was killed, everything it had sent has then been either processed or dropped, so what the
     * bank holds is final. A request whose body was complete when its connection closed is processed first.
     *
     * @throws IllegalStateException when that does not happen within {@code timeout} (the message says what is
     *                               still open), or the waiting thread is interrupted
     */
    public void awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (activity) {
            while (openConnections > 0 || operationsRunning > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("the fake server is not idle after " + timeout + ": "
                            + openConnections + " connection(s) open, " + operationsRunning + " operation(s) running");
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(activity, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the fake server to be idle", e);
                }
            }
        }
    }

    /** Shortcut for {@code bank().requests()}. */
    public List<RecordedRequest> requests() {
        return bank.requests();
    }

    /** Shortcut for {@code bank().count(operation)}. */
    public long count(String operation) {
        return bank.count(operation);
    }

    @Override
    public void close() {
        // closing Vert.x closes the server; chaining the two futures would wait on a closed event loop.
        // The wait is bounded: a test double must never hang the suite that closes it.
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            System.err.println("capitalist4j testkit: the fake server did not close within "
                    + CLOSE_TIMEOUT_SECONDS + " s (" + e + "); going on");
        }
    }

    private static final long CLOSE_TIMEOUT_SECONDS = 10;

    // ------------------------------------------------------------------ request handling

    private void handle(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        Instant at = engine.clock().instant();
        String formatHeader = req.getHeader(RESPONSE_FORMAT);
        Map<String, String> params = new LinkedHashMap<>();
        req.formAttributes().forEach(e -> params.putIfAbsent(e.getKey(), e.getValue()));
        if (req.method() != HttpMethod.POST) {
            String op = Optional.ofNullable(req.getParam("operation")).orElse("");
            log(at, op, Map.of(), Optional.empty(), OptionalInt.of(LiveAnswers.NOT_POST_CODE));
            send(ctx, LiveAnswers.notPost(), LiveAnswers.formatOfGet(formatHeader, engine.config()), Optional.empty());
            return;
        }
        Optional<ResponseFormat> served = LiveAnswers.formatFor(formatHeader, engine.config());
        if (served.isEmpty()) {
            // Like live: refused before the operation runs, so no fault is taken and nothing changes.
            log(at, params.getOrDefault("operation", ""), params, Optional.empty(),
                    OptionalInt.of(LiveAnswers.JSON_ONLY_CODE));
            refuseFormat(ctx);
            return;
        }
        ResponseFormat requested = served.get();
        String op = params.getOrDefault("operation", "");
        Optional<Fault> fault = faults.take(op);
        if (fault.isPresent() && !fault.get().processes()) {
            log(at, op, params, fault, OptionalInt.empty());
            if (fault.get() instanceof Fault.HttpStatus) {
                int status = ((Fault.HttpStatus) fault.get()).status();
                ctx.response().setStatusCode(status).putHeader("content-type", "text/html; charset=utf-8")
                        .end("<html><body><h1>" + status + "</h1>sandbox fault</body></html>");
            } else {
                req.connection().close();
            }
            return;
        }
        long delay = fault.filter(f -> f instanceof Fault.Latency)
                .map(f -> ((Fault.Latency) f).delay().toMillis()).orElse(0L);
        changeRunning(1);
        Runnable process = () -> vertx.executeBlocking(() -> {
                    Reply reply = wire.handle(params, requested);
                    beforeAnswer(op, reply.code());
                    return reply;
                }, false)
                .onComplete(ar -> {
                    try {
                        if (ar.failed()) {
                            log(at, op, params, fault, OptionalInt.of(1));
                            send(ctx, Reply.error(new ApiFailure(1, "System error")), requested, Optional.empty());
                            return;
                        }
                        log(at, op, params, fault, OptionalInt.of(ar.result().code()));
                        send(ctx, ar.result(), requested, fault);
                    } finally {
                        changeRunning(-1);
                    }
                });
        if (delay > 0) {
            vertx.setTimer(delay, id -> process.run());
        } else {
            process.run();
        }
    }

    private void beforeAnswer(String operation, int code) {
        try {
            engine.config().answerHook().beforeAnswer(operation, code);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            System.err.println("capitalist4j testkit: the answer hook failed for " + operation + " (" + e
                    + "); answering anyway");
        }
    }

    private void opened(HttpConnection connection) {
        synchronized (activity) {
            openConnections++;
        }
        connection.closeHandler(closed -> {
            synchronized (activity) {
                openConnections--;
                activity.notifyAll();
            }
        });
    }

    private void changeRunning(int by) {
        synchronized (activity) {
            operationsRunning += by;
            activity.notifyAll();
        }
    }

    /**
     * The code-4 refusal is JSON; it names no {@code x-response-format}, since the format the request named (or
     * did not name) is not the one it is written in, and a client must read a JSON envelope as one.
     */
    private static void refuseFormat(RoutingContext ctx) {
        ctx.response().putHeader("content-type", "application/json; charset=utf-8")
                .end(LiveAnswers.jsonOnlyBody());
    }

    private void send(RoutingContext ctx, Reply reply, ResponseFormat requested, Optional<Fault> fault) {
        ResponseFormat actual = reply.onlyFormat().orElse(requested);
        byte[] body = ReplyWriter.write(reply, actual).getBytes(StandardCharsets.UTF_8);
        HttpServerResponse resp = ctx.response();
        String header = actual.wireName();
        if (fault.isPresent() && fault.get() instanceof Fault.WrongFormatHeader) {
            header = actual == ResponseFormat.CSV ? ResponseFormat.JSON.wireName() : ResponseFormat.CSV.wireName();
        }
        resp.putHeader("content-type", actual == ResponseFormat.CSV ? "text/plain; charset=utf-8"
                : "application/json; charset=utf-8");
        resp.putHeader(RESPONSE_FORMAT, header);
        if (fault.isPresent() && fault.get() instanceof Fault.ResetAfterProcessing) {
            ctx.request().connection().close();
        } else if (fault.isPresent() && fault.get() instanceof Fault.TruncatedBody) {
            resp.putHeader("content-length", Integer.toString(body.length));
            resp.write(Buffer.buffer(java.util.Arrays.copyOf(body, body.length / 2)))
                    .onComplete(ignored -> ctx.request().connection().close());
        } else if (fault.isPresent() && fault.get() instanceof Fault.GarbageBody) {
            resp.end("<html><body>\u0000\u00ff maintenance {\"code\":</body>");
        } else {
            resp.end(Buffer.buffer(body));
        }
    }

    private void log(Instant at, String op, Map<String, String> params, Optional<Fault> fault, OptionalInt code) {
        engine.record(new RecordedRequest(at, op, RecordedRequest.redact(params), "http", fault.map(Fault::name), code));
    }

    @Override
    public String toString() {
        return "FakeCapitalistServer[" + uri() + "]";
    }
}
