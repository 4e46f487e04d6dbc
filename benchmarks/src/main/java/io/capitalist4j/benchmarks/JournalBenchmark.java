package io.capitalist4j.benchmarks;

import io.capitalist4j.adapter.csv.CsvCodecs;
import io.capitalist4j.adapter.http.AuthMode;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.jdbc.JdbcPayoutJournal;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.application.port.in.SubmittedBatch;
import io.capitalist4j.application.port.out.VerificationPort;
import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.SandboxBank;
import io.capitalist4j.testkit.SandboxIdentity;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * P7: what the durable payout journal adds to one {@link CapitalistClient#submit} of a 10 000-payout batch (P1's
 * mix, signed with the sandbox certificate) to the testkit server on loopback. The same client is built without a
 * journal ({@code none}, the floor), over an H2 file in a temporary directory ({@code h2file}), and over a real
 * PostgreSQL server started in set-up ({@code postgresql}; {@code synchronous_commit = on}, as a stock server, not
 * the embedded server's default). With a journal, every operation claims its 10 000 numbers (committed) before the
 * upload and marks them {@code sent} after it. Each operation submits a batch no one has seen (numbers
 * {@code PAY<operation>-1000000} on), built before the timed part, so claims never meet earlier ones.
 * The journal grows by 10 000 rows with every operation (warm-up included), as a real one grows with every run.
 * Score: seconds per submit (single shot: one submit per iteration; ten untimed first, so that the database code
 * on the client side is compiled as in a service that has run for a while).
 */
@Fork(1)
@Warmup(iterations = 10)
@Measurement(iterations = 10)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JournalBenchmark {

    static final int PAYOUTS = 10_000;
    static final String NONE = "none";
    /** The journals measured against {@link #NONE}. */
    static final List<String> JOURNALS = List.of("h2file", "postgresql");

    /** Where the client keeps its journal: nowhere, an embedded H2 file, or PostgreSQL. */
    @Param({"none", "h2file", "postgresql"})
    public String journal;

    /** Payouts per batch; only tests set fewer. */
    int payouts = PAYOUTS;

    SandboxBank bank;
    FakeCapitalistServer server;
    CapitalistHttpApi api;
    PayoutJournalPort port;
    CapitalistClient client;
    Path directory;
    EmbeddedPostgres postgres;
    VerificationPort signing;
    PayoutRows rows;
    long submits;
    Batch next;

    @Setup
    public void setUp() {
        bank = SandboxBank.create(BenchBank.config(payouts));
        server = FakeCapitalistServer.start(bank, 0);
        HttpOptions options = HttpOptions.builder().baseUrl(server.uri()).authMode(AuthMode.PLAIN)
                .requestTimeout(Duration.ofSeconds(60)).build();
        api = VertxHttp.create(options, Credentials.of(BenchBank.LOGIN, Secret.of(BenchBank.PASSWORD)),
                BouncyCastleSigning.passwordCipher());
        CapitalistClient.Builder builder = CapitalistClient.builder().api(api).batchFormat(CsvCodecs.batchFormat());
        port = journal(journal);
        if (port != null) {
            port.check(); // the schema is made here, not in the first timed submit
            builder.journal(port, BenchBank.LOGIN);
        }
        client = builder.build();
        signing = BouncyCastleSigning.signatureVerification(SandboxIdentity.certificateKey());
        rows = PayoutRows.generate(payouts, 13L);
        nextBatch();
    }

    private PayoutJournalPort journal(String where) {
        try {
            switch (where) {
                case NONE:
                    return null;
                case "h2file":
                    directory = Files.createTempDirectory("capitalist4j-p6-");
                    return JdbcPayoutJournal.h2File(directory.resolve("journal"));
                case "postgresql":
                    postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
                    return JdbcPayoutJournal.open(postgres.getJdbcUrl("postgres", "postgres"), "postgres", Secret.of(""));
                default:
                    throw new IllegalArgumentException("journal must be none, h2file or postgresql: " + where);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The batch of the coming operation: the same rows under payment numbers never used before. */
    @Setup(Level.Invocation)
    public void nextBatch() {
        if (next == null) {
            next = Batch.of(rows.numbered("PAY" + submits + "-").toOrders());
        }
    }

    /** The numbers of the operation just timed are {@code sent} in the journal, and the server's log is emptied. */
    @TearDown(Level.Invocation)
    public void checkSent() {
        bank.clearRequests();
        if (port != null && next == null) {
            String first = "PAY" + (submits - 1) + "-1000000";
            String last = "PAY" + (submits - 1) + "-" + (1_000_000 + payouts - 1);
            Map<String, JournalEntry> found = port.find(BenchBank.LOGIN, List.of(first, last));
            if (found.size() != 2 || found.values().stream().anyMatch(e -> e.state() != JournalState.SENT)) {
                throw new IllegalStateException("the journal did not mark the submit sent: " + found.values());
            }
        }
    }

    @TearDown
    public void tearDown() {
        client.close();
        Shutdown.close("the HTTP adapter", api);
        Shutdown.close("the testkit server", server);
        if (port != null) {
            Shutdown.close("the journal", port);
        }
        if (postgres != null) {
            Shutdown.close("PostgreSQL", postgres);
        }
        if (directory != null) {
            delete(directory);
        }
    }

    @Benchmark
    public SubmittedBatch submit() {
        Batch batch = next;
        next = null;
        submits++;
        SubmittedBatch submitted = client.submit(SubmitBatchCommand.of(batch, signing)).toCompletableFuture().join();
        if (!submitted.fullyAccepted()) {
            throw new IllegalStateException("the sandbox rejected " + submitted.rejections().size() + " lines");
        }
        return submitted;
    }

    /** The Report figure of a journal: {@code P7.submit10000.h2file.seconds}. */
    static String figure(String journal) {
        return "P7.submit" + PAYOUTS + "." + journal + ".seconds";
    }

    /** The journal's {@code sent} entries, all of them (for tests: a listing of every row). */
    List<JournalEntry> sent() {
        return port.list(BenchBank.LOGIN, Optional.of(JournalState.SENT));
    }

    static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e.getMessage());
        }
    }
}
