package io.capitalist4j.testkit.api2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * A real HTTP server speaking Capitalist API2 (reference {@code capitalist-api2.md}), written from the reference and
 * sharing no code with the client: every request must carry the configured {@code API-Key}, an
 * {@code X-Request-Timestamp} within the window of the sandbox clock and a {@code Signature} over the timestamp,
 * the exact body bytes and the secret; payloads are checked per type; balances move; payments go from PENDING to
 * EXECUTED or DECLINED on the {@link Api2Timeline}, and their signed callbacks are POSTed; faults can be injected
 * per call; every request is recorded as received. Listens on 127.0.0.1 (port 0 by default).
 */
public final class FakeApi2Server implements AutoCloseable {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");
    private static final long CLOSE_TIMEOUT_SECONDS = 10;

    /** What the server answers: status, JSON body (absent for a drop), extra headers. */
    private record Reply(int status, byte[] body, Map<String, String> headers) {
        static Reply json(int status, byte[] body) {
            return new Reply(status, body, Map.of());
        }

        static Reply error(int status, String message) {
            return json(status, Api2Json.error(message));
        }
    }

    private final Api2SandboxConfig config;
    private final Api2Bank bank;
    private final Api2Faults faults = new Api2Faults();
    private final List<Api2RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<Api2Callback> callbacks = new CopyOnWriteArrayList<>();
    private final Vertx vertx;
    private final WebClient callbackClient;
    private final HttpServer server;

    private FakeApi2Server(Api2SandboxConfig config, int port) {
        this.config = Objects.requireNonNull(config, "config");
        this.bank = new Api2Bank(config);
        this.vertx = Vertx.vertx();
        this.callbackClient = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false)
                .setKeepAlive(false));
        try {
            this.server = vertx.createHttpServer().requestHandler(this::handle).listen(port, "127.0.0.1")
                    .toCompletionStage().toCompletableFuture().join();
        } catch (RuntimeException e) {
            vertx.close();
            throw new IllegalStateException("the fake API2 server cannot listen on 127.0.0.1:" + port, e);
        }
        if (!config.sweepInterval().isZero()) {
            vertx.setPeriodic(config.sweepInterval().toMillis(), id -> {
                bank.settleDue();
                sendCallbacks();
            });
        }
    }

    /** Starts on 127.0.0.1 with a free port. */
    public static FakeApi2Server start(Api2SandboxConfig config) {
        return new FakeApi2Server(config, 0);
    }

    /** Starts on 127.0.0.1:{@code port} (0 for a free one). */
    public static FakeApi2Server start(Api2SandboxConfig config, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535: " + port);
        }
        return new FakeApi2Server(config, port);
    }

    /** A server with the defaults and the {@link Api2SandboxIdentity}. */
    public static FakeApi2Server sandbox() {
        return start(Api2SandboxConfig.builder().build());
    }

    /** The base URL, e.g. {@code http://127.0.0.1:41234/}; paths start with {@code /v1/}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    public int port() {
        return server.actualPort();
    }

    public Api2SandboxConfig config() {
        return config;
    }

    public Api2Faults faults() {
        return faults;
    }

    /** Every request received so far, in arrival order. */
    public List<Api2RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The requests of one operation. */
    public List<Api2RecordedRequest> requests(Api2Operation operation) {
        List<Api2RecordedRequest> out = new ArrayList<>();
        for (Api2RecordedRequest r : requests) {
            if (r.operation() == operation) {
                out.add(r);
            }
        }
        return out;
    }

    /** Every callback attempt that has finished (delivered or failed), in completion order. */
    public List<Api2Callback> callbacks() {
        return List.copyOf(callbacks);
    }

    /** Every payment created, in creation order (snapshots). */
    public List<Api2Payment> payments() {
        return bank.payments();
    }

    public Optional<Api2Payment> payment(String userRequestId) {
        return bank.payment(userRequestId);
    }

    /** The available balance of one of the sandbox accounts. */
    public BigDecimal balance(String account) {
        return bank.balance(account);
    }

    public List<String> whitelist() {
        return bank.whitelistEntries();
    }

    /** Empties the whitelist (every IP may call again), e.g. after a test locked itself out. */
    public void clearWhitelist() {
        bank.clearWhitelist();
    }

    /** Moves every payment whose time has come (on the sandbox clock) and sends their callbacks now. */
    public void settle() {
        bank.settleDue();
        sendCallbacks();
    }

    @Override
    public void close() {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            System.err.println("capitalist4j testkit: the fake API2 server did not close within "
                    + CLOSE_TIMEOUT_SECONDS + " s (" + e + "); going on");
        }
    }

    @Override
    public String toString() {
        return "FakeApi2Server[" + uri() + "]";
    }

    // ------------------------------------------------------------------ request handling

    private void handle(HttpServerRequest req) {
        Instant at = config.clock().instant();
        req.body().onComplete(ar -> {
            if (ar.failed()) {
                req.connection().close();
                return;
            }
            try {
                handle(req, ar.result().getBytes(), at);
            } catch (RuntimeException e) {
                System.err.println("capitalist4j testkit: the fake API2 server failed on " + req.method() + " "
                        + req.path() + ": " + e);
                answer(req, Reply.error(500, "internal error of the sandbox"));
            }
        });
    }

    private void handle(HttpServerRequest req, byte[] body, Instant at) {
        String method = req.method().name();
        Route route = Route.resolve(method, req.path());
        Optional<Api2Fault> fault = faults.take(route.operation());
        if (fault.isPresent() && !fault.get().processes()) {
            Api2Fault f = fault.get();
            if (f instanceof Api2Fault.StatusBefore) {
                int status = ((Api2Fault.StatusBefore) f).status();
                record(req, body, at, route, fault, OptionalInt.of(status), false);
                answer(req, Reply.error(status, "sandbox fault: HTTP " + status));
            } else {
                record(req, body, at, route, fault, OptionalInt.empty(), false);
                req.connection().close();
            }
            return;
        }
        long delay = fault.filter(f -> f instanceof Api2Fault.Latency)
                .map(f -> ((Api2Fault.Latency) f).delay().toMillis()).orElse(0L);
        Runnable process = () -> {
            boolean[] processed = {false};
            Reply reply;
            try {
                reply = process(req, body, route, processed);
            } catch (Api2Error e) {
                reply = Reply.error(e.status(), e.getMessage());
            } catch (RuntimeException e) {
                System.err.println("capitalist4j testkit: the fake API2 server failed on " + method + " "
                        + req.path() + ": " + e);
                reply = Reply.error(500, "internal error of the sandbox");
            }
            sendCallbacks();
            if (fault.isPresent() && fault.get() instanceof Api2Fault.DropAfter) {
                record(req, body, at, route, fault, OptionalInt.empty(), processed[0]);
                req.connection().close();
            } else if (fault.isPresent() && fault.get() instanceof Api2Fault.StatusAfter) {
                int status = ((Api2Fault.StatusAfter) fault.get()).status();
                record(req, body, at, route, fault, OptionalInt.of(status), processed[0]);
                answer(req, Reply.error(status, "sandbox fault: HTTP " + status));
            } else {
                record(req, body, at, route, fault, OptionalInt.of(reply.status()), processed[0]);
                answer(req, reply);
            }
        };
        if (delay > 0) {
            vertx.setTimer(delay, id -> process.run());
        } else {
            process.run();
        }
    }

    /** Authentication, then IP, route, content type, then the operation; {@code processed[0]} says it ran. */
    private Reply process(HttpServerRequest req, byte[] body, Route route, boolean[] processed) {
        Optional<String> refusal = authenticate(req, body);
        if (refusal.isPresent()) {
            return Reply.error(config.authFailureStatus(), refusal.get());
        }
        String ip = req.remoteAddress() == null ? "" : req.remoteAddress().hostAddress();
        if (!bank.allows(ip)) {
            return Reply.error(403, "IP address " + ip + " is not whitelisted");
        }
        if (route.operation() == Api2Operation.UNKNOWN) {
            return Reply.error(404, "no such endpoint: " + req.method().name() + " " + req.path());
        }
        if (!route.method().equals(req.method().name())) {
            String allowed = route.operation() == Api2Operation.WHITELIST_LIST ? "GET, POST" : route.method();
            return new Reply(405, Api2Json.error("method " + req.method().name() + " not allowed on " + req.path()
                    + "; allowed: " + allowed), Map.of("allow", allowed));
        }
        boolean hasBody = route.method().equals("POST");
        if (hasBody && config.requireJsonContentType() && body.length > 0 && !isJson(req.getHeader("content-type"))) {
            return Reply.error(415, "Content-Type must be application/json");
        }
        Map<String, String> query = Route.query(req.query());
        processed[0] = true;
        switch (route.operation()) {
            case ACCOUNT_LIST:
                return ok(bank.accountList(Optional.ofNullable(query.get("currency"))));
            case RATE:
                return Reply.json(200, Api2Json.write(Api2Json.NODES.numberNode(
                        bank.rate(Optional.ofNullable(query.get("from")), Optional.ofNullable(query.get("to"))))));
            case EXCHANGE:
                bank.exchange(Api2Json.parse(body));
                return ok(NullNode.getInstance());
            case PAYMENT_CREATE: {
                long id = bank.createPayment(Api2Json.parse(body));
                return ok(Api2Json.object().put("documentId", id));
            }
            case PAYMENT_BY_USER_REQUEST_ID: {
                String id = route.decodedParameter();
                return bank.statusByUserRequestId(id).map(FakeApi2Server::ok).orElseGet(() ->
                        Reply.error(config.unknownPaymentStatus(), "payment not found: userRequestId " + id));
            }
            case PAYMENT_BY_DOCUMENT_ID: {
                String raw = route.decodedParameter();
                if (!DIGITS.matcher(raw).matches()) {
                    throw Api2Error.badRequest("documentId: not a number: " + raw);
                }
                long id;
                try {
                    id = Long.parseLong(raw);
                } catch (NumberFormatException e) {
                    throw Api2Error.badRequest("documentId: out of range: " + raw);
                }
                return bank.statusByDocumentId(id).map(FakeApi2Server::ok).orElseGet(() ->
                        Reply.error(config.unknownPaymentStatus(), "payment not found: documentId " + raw));
            }
            case TRANSACTIONS:
                return ok(bank.transactions(TransactionQuery.parse(query, config.maxTransactionsLimit())));
            case WHITELIST_LIST:
                return ok(bank.whitelist());
            case WHITELIST_ADD:
                return ok(bank.whitelistChange(Api2Json.parse(body), true));
            case WHITELIST_REMOVE:
                return ok(bank.whitelistChange(Api2Json.parse(body), false));
            case DEPOSIT_ADDRESS:
                return ok(bank.depositAddress(route.decodedParameter()));
            case DEPOSIT_ADDRESS_AUTO_USDTT:
                return ok(bank.depositAddressAutoUsdtTrc20(route.decodedParameter()));
            default:
                throw new IllegalStateException("no handler for " + route.operation());
        }
    }

    /** Reference §2, §12: key, then timestamp, then signature; the first failure is the reason. */
    private Optional<String> authenticate(HttpServerRequest req, byte[] body) {
        String key = req.getHeader("API-Key");
        if (key == null || key.isEmpty()) {
            return Optional.of("API-Key header missing");
        }
        if (!key.equals(config.apiKey())) {
            return Optional.of("unknown API-Key");
        }
        String timestamp = req.getHeader("X-Request-Timestamp");
        if (timestamp == null || timestamp.isEmpty()) {
            return Optional.of("X-Request-Timestamp header missing");
        }
        if (!DIGITS.matcher(timestamp).matches()) {
            return Optional.of("X-Request-Timestamp must be epoch milliseconds (digits)");
        }
        if (!config.timestampWindow().isZero()) {
            long skew;
            try {
                skew = Math.abs(Math.subtractExact(Long.parseLong(timestamp), config.clock().millis()));
            } catch (ArithmeticException | NumberFormatException e) {
                skew = Long.MAX_VALUE;
            }
            if (skew > config.timestampWindow().toMillis()) {
                return Optional.of("X-Request-Timestamp is outside the allowed window of "
                        + config.timestampWindow().toSeconds() + " s");
            }
        }
        String signature = req.getHeader("Signature");
        if (signature == null || signature.isEmpty()) {
            return Optional.of("Signature header missing");
        }
        String expected = Api2Signature.sign(timestamp, body, config.apiSecret());
        if (!Api2Signature.matches(signature, expected, config.acceptUppercaseSignature())) {
            return Optional.of("Signature does not match");
        }
        return Optional.empty();
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semi = contentType.indexOf(';');
        String media = (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
        return media.equals("application/json");
    }

    private static Reply ok(JsonNode node) {
        return Reply.json(200, Api2Json.write(node));
    }

    private void answer(HttpServerRequest req, Reply reply) {
        HttpServerResponse resp = req.response();
        resp.setStatusCode(reply.status()).putHeader("content-type", "application/json; charset=utf-8");
        reply.headers().forEach(resp::putHeader);
        resp.end(Buffer.buffer(reply.body()));
    }

    private void record(HttpServerRequest req, byte[] body, Instant at, Route route, Optional<Api2Fault> fault,
                        OptionalInt status, boolean processed) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        req.headers().forEach(e -> headers.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        requests.add(new Api2RecordedRequest(at, req.method().name(), req.path(), Optional.ofNullable(req.query()),
                headers, body, route.operation(), fault.map(Api2Fault::name), status, processed));
    }

    // ------------------------------------------------------------------ callbacks (reference §8)

    private void sendCallbacks() {
        for (Api2Bank.DueCallback c : bank.drainOutbox()) {
            send(c);
        }
    }

    private void send(Api2Bank.DueCallback c) {
        String body = new String(c.body(), StandardCharsets.UTF_8);
        try {
            URI target = URI.create(c.url());
            if (!"http".equals(target.getScheme()) && !"https".equals(target.getScheme())) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            callbackClient.postAbs(c.url())
                    .putHeader("Content-Type", "application/json")
                    .putHeader("X-Request-Timestamp", c.timestamp())
                    .putHeader("Signature", c.signature())
                    .timeout(config.callbackTimeout().toMillis())
                    .sendBuffer(Buffer.buffer(c.body()))
                    .onComplete(ar -> callbacks.add(new Api2Callback(c.url(), c.documentId(), c.userRequestId(),
                            c.timestamp(), c.signature(), body, c.at(),
                            ar.succeeded() ? OptionalInt.of(ar.result().statusCode()) : OptionalInt.empty(),
                            ar.succeeded() ? Optional.empty() : Optional.of(String.valueOf(ar.cause())))));
        } catch (RuntimeException e) {
            callbacks.add(new Api2Callback(c.url(), c.documentId(), c.userRequestId(), c.timestamp(), c.signature(),
                    body, c.at(), OptionalInt.empty(), Optional.of("cannot call " + c.url() + ": " + e.getMessage())));
        }
    }
}
