package io.capitalist4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capitalist4j.adapter.http.AuthMode;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
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
 * P3: get_batch_info round trips (a 100-record page) against the testkit server on loopback, with
 * {@code concurrency} calls kept in flight. Ours goes through {@link CapitalistClient} and the Vert.x HTTP
 * adapter; the floor is a bare Vert.x Web Client posting the same form (same fields, same header) to the
 * same server and reading the answer into a Jackson tree. Both use Web Client's default connection pool.
 * The plain-password mode is used because the testkit server decrypts an RSA-encrypted password on every
 * call, which would make its RSA, not either client, the bottleneck of both.
 * Score: operations per second; one operation is {@link #CALLS_PER_OPERATION} calls.
 */
@Fork(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RoundTripBenchmark {

    static final int CALLS_PER_OPERATION = 512;
    static final int PAGE_SIZE = 100;

    @Param({"1", "16", "128"})
    public int concurrency;

    /** {@code floor} or {@code ours}; see {@link #calls()}. */
    @Param({"floor", "ours"})
    public String path;

    BenchBank bank;
    FakeCapitalistServer server;
    CapitalistHttpApi api;
    CapitalistClient client;
    BatchPageRequest pageRequest;
    Vertx bareVertx;
    WebClient bare;
    MultiMap bareForm;
    ObjectMapper mapper;
    String url;

    @Setup
    public void setUp() {
        bank = BenchBank.withBatchOf(1000);
        server = FakeCapitalistServer.start(bank.bank);
        url = server.uri().toString();
        HttpOptions options = HttpOptions.builder().baseUrl(server.uri()).authMode(AuthMode.PLAIN).build();
        api = VertxHttp.create(options, Credentials.of(BenchBank.LOGIN, Secret.of(BenchBank.PASSWORD)),
                BouncyCastleSigning.passwordCipher());
        client = CapitalistClient.builder().api(api).build();
        pageRequest = BatchPageRequest.ofOffset(0, PAGE_SIZE);

        bareVertx = Vertx.vertx();
        bare = WebClient.create(bareVertx);
        mapper = new ObjectMapper();
        bareForm = MultiMap.caseInsensitiveMultiMap()
                .add("operation", "get_batch_info")
                .add("login", BenchBank.LOGIN)
                .add("batch_id", bank.batchId.value())
                .add("page_size", Integer.toString(PAGE_SIZE))
                .add("start_offset", "0")
                .add("plain_password", BenchBank.PASSWORD);

        BatchPage page = ours1().toCompletableFuture().join();
        JsonNode answer = floor1().toCompletableFuture().join();
        if (page.records().size() != PAGE_SIZE || answer.path("data").path("records").size() != PAGE_SIZE) {
            throw new IllegalStateException("the server did not answer a full page");
        }
    }

    /** The server logs every request; a long run would otherwise fill the heap with the log. */
    @TearDown(Level.Iteration)
    public void forgetRequests() {
        bank.bank.clearRequests();
    }

    @TearDown
    public void tearDown() {
        client.close();
        Shutdown.close("the HTTP adapter", api);
        bare.close();
        Shutdown.close("the bare Vert.x", () -> bareVertx.close().toCompletionStage().toCompletableFuture().join());
        Shutdown.close("the testkit server", server);
    }

    CompletionStage<BatchPage> ours1() {
        return client.batchPage(bank.batchId, pageRequest);
    }

    CompletionStage<JsonNode> floor1() {
        return bare.postAbs(url).putHeader("x-response-format", "json").sendForm(bareForm, "UTF-8")
                .map(this::tree).toCompletionStage();
    }

    private JsonNode tree(HttpResponse<Buffer> response) {
        try {
            JsonNode root = mapper.readTree(response.body().getBytes());
            if (response.statusCode() != 200 || root.path("code").asInt(-1) != 0) {
                throw new IllegalStateException("get_batch_info failed: HTTP " + response.statusCode());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One operation: {@link #CALLS_PER_OPERATION} calls by the client {@link #path} names. A parameter rather
     * than two methods, so that JMH runs floor and ours of one concurrency back to back and a change in the
     * machine's background load between them stays small.
     */
    @Benchmark
    public void calls() {
        if (path.equals("ours")) {
            ClosedLoop.run(CALLS_PER_OPERATION, concurrency, this::ours1);
        } else {
            ClosedLoop.run(CALLS_PER_OPERATION, concurrency, this::floor1);
        }
    }
}
