package io.capitalist4j.reliability.journal;

import io.capitalist4j.adapter.csv.CsvCodecs;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.jdbc.JdbcPayoutJournal;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.port.in.JournaledSubmission;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.application.port.out.VerificationPort;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchLimits;
import io.capitalist4j.testkit.SandboxIdentity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The child process of the crash and race tests, a client as a user would run it (the real HTTP client, the
 * sandbox login, PIN verification, a JDBC journal):
 * <ul>
 * <li>{@code crash SERVER_URI H2_DIR FILE [session-first]}: submits FILE through an H2 file journal, printing
 * {@link Markers} at each step, then waits to be killed; with {@code session-first} it opens its API session
 * before it is ready, so that the upload goes out as soon as it starts (else the session is opened by the
 * upload, between the claim and the upload request, as a command line run does);</li>
 * <li>{@code race SERVER_URI JDBC_URL THREADS FILE...}: prints {@code ready}, waits for {@code go} on standard
 * input, then THREADS threads share out the FILEs and submit each with skipSent through one PostgreSQL journal;
 * prints one {@code file NAME uploaded N skipped M} line per file, then {@code done}.</li>
 * </ul>
 */
public final class JournalChild {

    private JournalChild() {
    }

    public static void main(String[] args) throws Exception {
        try {
            if (args[0].equals("crash")) {
                crash(URI.create(args[1]), Path.of(args[2]), Path.of(args[3]),
                        args.length > 4 && args[4].equals("session-first"));
            } else {
                race(URI.create(args[1]), args[2], Integer.parseInt(args[3]), List.of(args).subList(4, args.length));
            }
        } catch (Throwable e) {
            Markers.print(Markers.FAILED + " " + e);
            e.printStackTrace();
            System.exit(2);
        }
    }

    private static void crash(URI server, Path journalDir, Path file, boolean sessionFirst) throws IOException {
        Batch batch = read(file);
        PayoutJournalPort journal = ObservedJournal.marking(JdbcPayoutJournal.h2File(journalDir));
        journal.check();
        CapitalistClient client = client(server, journal, true);
        if (sessionFirst) {
            client.blocking().accounts(); // as a running service has one
        }
        Markers.print(Markers.READY);
        client.blocking().submit(SubmitBatchCommand.of(batch, pin()));
        Markers.print(Markers.SUBMITTED);
        while (System.in.read() >= 0) {
            // as a process that is still busy: the parent kills it
        }
        Runtime.getRuntime().halt(0); // the parent is gone: do not outlive it
    }

    private static void race(URI server, String jdbcUrl, int threads, List<String> files) throws Exception {
        List<Batch> batches = new ArrayList<>();
        for (String f : files) {
            batches.add(read(Path.of(f)));
        }
        try (PayoutJournalPort journal = JdbcPayoutJournal.open(jdbcUrl, "postgres", Secret.of(""))) {
            journal.check();
            try (CapitalistClient client = client(server, journal, false)) {
                CountDownLatch go = new CountDownLatch(1);
                AtomicInteger next = new AtomicInteger();
                List<Thread> workers = new ArrayList<>();
                List<Throwable> failures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    Thread worker = new Thread(() -> {
                        try {
                            go.await();
                            for (int i = next.getAndIncrement(); i < batches.size(); i = next.getAndIncrement()) {
                                JournaledSubmission s = client.blocking()
                                        .submitSkippingSent(SubmitBatchCommand.of(batches.get(i), pin()));
                                int uploaded = s.upload().map(u -> u.acceptedPaymentNumbers().size()).orElse(0);
                                Markers.print("file " + Path.of(files.get(i)).getFileName() + " uploaded " + uploaded
                                        + " skipped " + s.skipped().size());
                            }
                        } catch (Throwable e) {
                            synchronized (failures) {
                                failures.add(e);
                            }
                        }
                    }, "race-" + t);
                    worker.start();
                    workers.add(worker);
                }
                Markers.print(Markers.READY);
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String line = in.readLine();
                if (!"go".equals(line)) {
                    throw new IllegalStateException("expected go, got " + line);
                }
                go.countDown();
                for (Thread worker : workers) {
                    worker.join();
                }
                if (!failures.isEmpty()) {
                    IllegalStateException e = new IllegalStateException(failures.size() + " submit(s) failed");
                    failures.forEach(e::addSuppressed);
                    throw e;
                }
            }
        }
        Markers.print("done");
    }

    private static CapitalistClient client(URI server, PayoutJournalPort journal, boolean marking) {
        CapitalistHttpApi http = VertxHttp.create(HttpOptions.builder().baseUrl(server)
                        .requestTimeout(Duration.ofSeconds(60)).build(),
                Credentials.of(SandboxIdentity.LOGIN, Secret.of(SandboxIdentity.PASSWORD)),
                BouncyCastleSigning.passwordCipher());
        return CapitalistClient.builder().api(marking ? MarkingApi.around(http) : http).owning(http)
                .batchFormat(CsvCodecs.batchFormat()).verification(pin()).journal(journal, SandboxIdentity.LOGIN)
                .build();
    }

    static VerificationPort pin() {
        return BouncyCastleSigning.pinVerification(Secret.of(SandboxIdentity.PIN));
    }

    static Batch read(Path file) throws IOException {
        return CsvCodecs.batchFormat().parse(Files.readString(file, StandardCharsets.UTF_8)).toBatch(BatchLimits.DEFAULT);
    }
}
