package io.capitalist4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capitalist4j.adapter.api2.Api2Credentials;
import io.capitalist4j.adapter.api2.Api2Http;
import io.capitalist4j.adapter.api2.Api2HttpApi;
import io.capitalist4j.adapter.api2.Api2Options;
import io.capitalist4j.application.port.out.api2.Api2Port;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.api2.Api2Created;
import io.capitalist4j.domain.api2.Api2Payload;
import io.capitalist4j.domain.api2.Api2PaymentRequest;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.testkit.api2.Api2Account;
import io.capitalist4j.testkit.api2.Api2SandboxConfig;
import io.capitalist4j.testkit.api2.Api2SandboxIdentity;
import io.capitalist4j.testkit.api2.Api2Timeline;
import io.capitalist4j.testkit.api2.FakeApi2Server;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P6: single API2 payouts ({@code POST /v1/payment}, one CAPITALIST payout of 1.00 RUR each, a new
 * {@code userRequestId} every time, so each creates a payment) against the fake API2 server on loopback, with
 * {@code concurrency} calls kept in flight. Ours builds an {@link Api2PaymentRequest} and calls
 * {@link Api2Port#createPayment} on the adapter {@link Api2Http} makes (its defaults: 8 keep-alive connections,
 * a deadline timer per call); the floor is a bare Vert.x Web Client with the same 8 connections posting the
 * same JSON bytes (a fixed text around the id) with the same headers, signing them itself with the JDK's SHA-256
 * (timestamp text, body bytes, secret; lowercase hex), and reading the answer into a Jackson tree.
 *
 * <p>The fake records every request in a copy-on-write list that nothing in its API clears, and keeps every
 * payment; so that the server's cost per request does not grow through the run, each iteration starts a fresh
 * server and fresh clients (outside the timed part). Throughput settings: payments final at once, no callbacks,
 * no sweep timer, one account with a balance no run can spend, the default 1 % fee.
 * Score: operations per second; one operation is {@link #PAYOUTS_PER_OPERATION} payouts.
 */
@Fork(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Api2PayoutBenchmark {

    static final int PAYOUTS_PER_OPERATION = 1024;
    static final String ACCOUNT_FROM = Api2SandboxIdentity.RUR_ACCOUNT;
    static final String BENEFICIARY = "R1000001";
    static final String USER_AGENT = "capitalist4j";
    /** What both clients send: the id goes between these two texts (made by ours through its own JSON writer). */
    static final String BODY_HEAD = "{\"userRequestId\":\"";
    static final String BODY_TAIL = "\",\"accountFrom\":\"" + ACCOUNT_FROM + "\",\"amount\":1.00,\"currency\":\"RUR\","
            + "\"payload\":{\"type\":\"CAPITALIST\",\"account\":\"" + BENEFICIARY + "\"}}";

    @Param({"16"})
    public int concurrency;

    /** {@code floor} or {@code ours}, as in {@link RoundTripBenchmark}. */
    @Param({"floor", "ours"})
    public String path;

    FakeApi2Server server;
    Api2HttpApi ours;
    Vertx bareVertx;
    WebClient bare;
    String url;
    final ObjectMapper mapper = new ObjectMapper();
    final AccountNumber accountFrom = AccountNumber.of(ACCOUNT_FROM);
    final Money amount = Money.of("1.00", Currency.RUR);
    final Api2Payload payload = Api2Payload.of("CAPITALIST").with("account", BENEFICIARY);
    final byte[] secret = Api2SandboxIdentity.API_SECRET.getBytes(StandardCharsets.UTF_8);
    final AtomicLong ids = new AtomicLong();

    static Api2SandboxConfig config() {
        return Api2SandboxConfig.builder()
                .accounts(List.of(Api2Account.of(ACCOUNT_FROM, "RUR", "Benchmark RUR", "1000000000000.00")))
                .timeline(Api2Timeline.immediate())
                .sweepInterval(Duration.ZERO)
                .build();
    }

    @Setup(Level.Iteration)
    public void setUp() {
        server = FakeApi2Server.start(config());
        url = server.uri().resolve("/v1/payment").toString();
        ours = Api2Http.create(Api2Options.builder().baseUrl(server.uri()).userAgent(USER_AGENT).build(),
                Api2Credentials.of(Api2SandboxIdentity.API_KEY, Secret.of(Api2SandboxIdentity.API_SECRET)));
        bareVertx = Vertx.vertx();
        bare = WebClient.create(bareVertx, new WebClientOptions().setUserAgent(USER_AGENT).setFollowRedirects(false),
                new PoolOptions().setHttp1MaxSize(Api2Options.DEFAULT_MAX_CONNECTIONS));
        ids.set(0);
        long first = ours1(nextId()).toCompletableFuture().join().documentId();
        long second = floor1(nextId()).toCompletableFuture().join();
        if (first == second || server.payments().size() != 2) {
            throw new IllegalStateException("the server did not create one payment per call");
        }
    }

    @TearDown(Level.Iteration)
    public void tearDown() {
        Shutdown.close("the API2 adapter", ours);
        bare.close();
        Shutdown.close("the bare Vert.x", () -> bareVertx.close().toCompletionStage().toCompletableFuture().join());
        Shutdown.close("the fake API2 server", server);
    }

    String nextId() {
        return "P6-" + ids.incrementAndGet();
    }

    CompletionStage<Api2Created> ours1(String userRequestId) {
        return ours.createPayment(Api2PaymentRequest.of(userRequestId, accountFrom, amount, payload));
    }

    /** The bare payout; completes with the documentId the server answered. */
    CompletionStage<Long> floor1(String userRequestId) {
        byte[] body = (BODY_HEAD + userRequestId + BODY_TAIL).getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(System.currentTimeMillis());
        return bare.postAbs(url)
                .putHeader("API-Key", Api2SandboxIdentity.API_KEY)
                .putHeader("X-Request-Timestamp", timestamp)
                .putHeader("Signature", sign(timestamp, body))
                .putHeader("Content-Type", "application/json")
                .sendBuffer(Buffer.buffer(body))
                .map(this::documentId).toCompletionStage();
    }

    private String sign(String timestamp, byte[] body) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha256.update(timestamp.getBytes(StandardCharsets.US_ASCII));
        sha256.update(body);
        sha256.update(secret);
        byte[] digest = sha256.digest();
        char[] hex = new char[64];
        for (int i = 0; i < 32; i++) {
            hex[2 * i] = Character.forDigit((digest[i] >> 4) & 0xf, 16);
            hex[2 * i + 1] = Character.forDigit(digest[i] & 0xf, 16);
        }
        return new String(hex);
    }

    private long documentId(HttpResponse<Buffer> response) {
        try {
            JsonNode root = mapper.readTree(response.body().getBytes());
            if (response.statusCode() != 200 || !root.path("documentId").canConvertToExactIntegral()) {
                throw new IllegalStateException("payment failed: HTTP " + response.statusCode());
            }
            return root.get("documentId").longValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One operation: {@link #PAYOUTS_PER_OPERATION} payouts by the client {@link #path} names. */
    @Benchmark
    public void payouts() {
        if (path.equals("ours")) {
            ClosedLoop.run(PAYOUTS_PER_OPERATION, concurrency, () -> ours1(nextId()));
        } else {
            ClosedLoop.run(PAYOUTS_PER_OPERATION, concurrency, () -> floor1(nextId()));
        }
    }
}
