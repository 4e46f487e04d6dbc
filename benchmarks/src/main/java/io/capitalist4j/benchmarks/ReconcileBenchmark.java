package io.capitalist4j.benchmarks;

import io.capitalist4j.adapter.csv.CsvCodecs;
import io.capitalist4j.adapter.http.AuthMode;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.port.in.ReconcileQuery;
import io.capitalist4j.application.port.in.ReconciliationReport;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.application.port.in.SubmittedBatch;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.SandboxBank;
import io.capitalist4j.testkit.SandboxIdentity;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * P5: reconciling every payment number of one 5 000-payout batch against the testkit server on loopback. Set-up
 * uploads the batch once through {@link CapitalistClient#submit} (Vert.x HTTP adapter, signed with the sandbox
 * certificate); each operation is one {@link CapitalistClient#reconcile} of its numbers, plus {@link #unknown}
 * numbers the server never saw (listed after them), with the default concurrency. The floor is the one
 * documents_search over the same period any reconciliation has to make: the whole period's documents, fetched
 * and decoded by the same client. The {@code searches} counter is the documents_search requests the server
 * received during one operation. The plain-password mode is used, as in P3, so that the server's RSA does not
 * weigh on every call.
 * Score: seconds per operation (single shot: one operation per iteration).
 */
@Fork(1)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReconcileBenchmark {

    static final int PAYOUTS = 5_000;
    static final String SEARCH = "documents_search";

    /** Payment numbers asked for that no document carries. */
    @Param({"0", "500"})
    public int unknown;

    SandboxBank bank;
    FakeCapitalistServer server;
    CapitalistHttpApi api;
    CapitalistClient client;
    Batch batch;
    Period period;
    ReconcileQuery query;

    @Setup
    public void setUp() {
        bank = SandboxBank.create(BenchBank.config(PAYOUTS));
        server = FakeCapitalistServer.start(bank, 0);
        HttpOptions options = HttpOptions.builder().baseUrl(server.uri()).authMode(AuthMode.PLAIN)
                .requestTimeout(Duration.ofSeconds(60)).build();
        api = VertxHttp.create(options, Credentials.of(BenchBank.LOGIN, Secret.of(BenchBank.PASSWORD)),
                BouncyCastleSigning.passwordCipher());
        client = CapitalistClient.builder().api(api).batchFormat(CsvCodecs.batchFormat()).build();

        batch = batch();
        SubmittedBatch submitted = client.submit(SubmitBatchCommand.of(batch,
                BouncyCastleSigning.signatureVerification(SandboxIdentity.certificateKey())))
                .toCompletableFuture().join();
        if (!submitted.fullyAccepted() || bank.records(submitted.id()).size() != PAYOUTS) {
            throw new IllegalStateException("the sandbox did not take the whole batch: " + submitted.rejections().size()
                    + " lines rejected");
        }
        LocalDate today = LocalDate.now(bank.config().clock().withZone(bank.config().zone()));
        period = Period.of(today.minusDays(1), today.plusDays(1));
        query = query(batch, period, unknown);
    }

    /** The uploaded batch: {@link #PAYOUTS} rows of P1's mix (eight opcodes, numbers PAY-1000000 on). */
    static Batch batch() {
        return Batch.of(PayoutRows.generate(PAYOUTS, 13L).toOrders());
    }

    /** Every number of {@code batch}, then {@code unknown} numbers the server has never seen. */
    static ReconcileQuery query(Batch batch, Period period, int unknown) {
        List<String> numbers = new ArrayList<>(batch.paymentNumbers());
        for (int i = 0; i < unknown; i++) {
            numbers.add("UNKNOWN-" + (1_000_000 + i));
        }
        return new ReconcileQuery(numbers, period);
    }

    /** The requests of one operation alone; also keeps the server's log from growing over a long run. */
    @Setup(Level.Invocation)
    public void forgetRequests() {
        bank.clearRequests();
    }

    @TearDown
    public void tearDown() {
        client.close();
        Shutdown.close("the HTTP adapter", api);
        Shutdown.close("the testkit server", server);
    }

    /** Remote calls per operation, as JMH secondary results ({@code ·searches}). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Calls {
        /** documents_search requests the server received during the operation. */
        public long searches;

        @Setup(Level.Iteration)
        public void reset() {
            searches = 0;
        }
    }

    @Benchmark
    public ReconciliationReport ours(Calls calls) {
        ReconciliationReport report = client.reconcile(query).toCompletableFuture().join();
        calls.searches += bank.count(SEARCH);
        if (report.foundNumbers().size() != PAYOUTS || report.missingNumbers().size() != unknown) {
            throw new IllegalStateException("found " + report.foundNumbers().size() + " and missed "
                    + report.missingNumbers().size() + " of " + PAYOUTS + " + " + unknown + " unknown");
        }
        return report;
    }

    @Benchmark
    public List<FoundDocument> floor(Calls calls) {
        List<FoundDocument> documents = client.search(new DocumentSearch(period, Optional.empty()))
                .toCompletableFuture().join();
        calls.searches += bank.count(SEARCH);
        if (documents.size() != PAYOUTS) {
            throw new IllegalStateException("the period's search found " + documents.size() + " documents");
        }
        return documents;
    }
}
