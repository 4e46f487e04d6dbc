package io.capitalist4j.reliability.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.jdbc.JdbcPayoutJournal;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.port.in.JournaledSubmission;
import io.capitalist4j.application.port.in.RecoverQuery;
import io.capitalist4j.application.port.in.RecoveryReport;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.client.Capitalist;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.testkit.AnswerHook;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.SandboxConfig;
import io.capitalist4j.testkit.SandboxIdentity;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's crash proof. A child JVM submits a file through an H2 file journal against the fake server and is
 * killed with SIGKILL at a seeded moment of the submit; the parent then opens the same journal, runs
 * {@code recover} (quiet period 0) and submits the same file again with skipSent. Over every run, the server
 * must have accepted each payment number exactly once: never twice, never lost.
 *
 * <p>Replay: the base seed is printed; {@code -Dcrash.seed=S} replays a whole series, {@code -Dcrash.run=N} one run
 * of it, {@code -Dcrash.runs} and {@code -Dcrash.parallel} change how many runs and how many at a time.
 */
class CrashDuringSubmitTest {

    private static final long BASE_SEED = 20_260_415L;
    private static final Duration GUARD = Duration.ofSeconds(60);
    private static final String LOGIN = SandboxIdentity.LOGIN;

    /** Where the child is killed: after the parent saw a marker (plus a seeded delay), or while the server holds an answer. */
    enum Moment {
        BEFORE_CLAIM_COMMITS(Markers.CLAIM_START, 3_000),
        BETWEEN_CLAIM_AND_UPLOAD(Markers.CLAIM_COMMITTED, 2_000),
        DURING_UPLOAD(Markers.UPLOAD_START, 20_000),
        ACCEPTED_BEFORE_ANSWER(null, 2_000),
        AFTER_ANSWER(Markers.UPLOAD_ANSWERED, 10_000);

        final String marker;
        final int maxDelayMicros;

        Moment(String marker, int maxDelayMicros) {
            this.marker = marker;
            this.maxDelayMicros = maxDelayMicros;
        }
    }

    private record Plan(int run, Moment moment, int delayMicros, int lines) {
    }

    private record Outcome(Plan plan, Duration childCpu, int numbers, int once, int twice, int lost, int inDoubt, int recoveredSent,
                           int recoveredReleased, int resent, List<String> childSaid) {
    }

    @TempDir
    Path home;

    @Test
    void aSubmitKilledAtAnyMomentThenRecoveredAndResubmittedPaysEveryNumberExactlyOnce() throws Exception {
        long seed = Long.getLong("crash.seed", BASE_SEED);
        int runs = Integer.getInteger("crash.runs", 200);
        int parallel = Integer.getInteger("crash.parallel", 4);
        Integer only = Integer.getInteger("crash.run");
        System.out.printf("crash test: seed %d (-Dcrash.seed=%d), %d runs, %d at a time%n", seed, seed, runs, parallel);

        List<Plan> plans = plans(seed, runs);
        if (only != null) {
            plans = List.of(plans.get(only));
        }
        long started = System.nanoTime();
        Duration parentCpuAtStart = processCpu();
        ChildClasses classes = classes();
        Vertx vertx = Vertx.vertx();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Outcome> outcomes = new ArrayList<>();
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Plan plan : plans) {
                futures.add(pool.submit(() -> run(plan, classes, vertx)));
            }
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
        } finally {
            pool.shutdownNow();
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
        System.out.print(table(outcomes));
        System.out.printf("crash test: %d runs in %.1f s; CPU: children %.1f s, this JVM %.1f s%n", outcomes.size(),
                (System.nanoTime() - started) / 1e9,
                outcomes.stream().mapToLong(o -> o.childCpu().toMillis()).sum() / 1e3,
                processCpu().minus(parentCpuAtStart).toMillis() / 1e3);

        List<Outcome> bad = outcomes.stream().filter(o -> o.twice() > 0 || o.lost() > 0).collect(Collectors.toList());
        assertThat(bad).as("runs with a number accepted twice or lost (replay with -Dcrash.seed=%d -Dcrash.run=N)", seed)
                .isEmpty();
        assertThat(outcomes.stream().mapToInt(Outcome::once).sum())
                .isEqualTo(outcomes.stream().mapToInt(Outcome::numbers).sum());
        if (only == null && System.getProperty("crash.runs") == null) {
            assertThat(outcomes).hasSizeGreaterThanOrEqualTo(200);
            // every moment was reached, and the kills did leave work for recover and the resubmit
            for (Moment m : Moment.values()) {
                assertThat(outcomes.stream().filter(o -> o.plan().moment() == m).count()).as("runs at %s", m)
                        .isGreaterThanOrEqualTo(runs / Moment.values().length);
            }
            assertThat(outcomes.stream().mapToInt(Outcome::recoveredSent).sum()).as("numbers recover found sent")
                    .isPositive();
            assertThat(outcomes.stream().mapToInt(Outcome::recoveredReleased).sum())
                    .as("numbers recover released").isPositive();
            assertThat(outcomes.stream().mapToInt(Outcome::resent).sum()).as("numbers the resubmit sent").isPositive();
        }
    }

    private static Duration processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** As many runs of each moment (shuffled by the seed), each with a seeded delay and file size. */
    private static List<Plan> plans(long seed, int runs) {
        Random random = new Random(seed);
        List<Moment> moments = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            moments.add(Moment.values()[i % Moment.values().length]);
        }
        Collections.shuffle(moments, random);
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Moment m = moments.get(i);
            plans.add(new Plan(i, m, random.nextInt(m.maxDelayMicros + 1), 1 + random.nextInt(40)));
        }
        return plans;
    }

    /**
     * The children's classes in jars, and a class-data archive written by a first child that submits a file and
     * exits normally (its numbers must then be accepted once, like any other); without an archive, the children
     * run slower, not otherwise.
     */
    private ChildClasses classes() throws Exception {
        ChildClasses jarred = ChildClasses.jarred(home.resolve("classes"));
        Path archive = home.resolve("classes").resolve("children.jsa");
        Path dir = Files.createDirectories(home.resolve("first"));
        Path file = dir.resolve("payouts.csv");
        Files.writeString(file, file(new Plan(999, Moment.AFTER_ANSWER, 0, 5)), StandardCharsets.UTF_8);
        try (FakeCapitalistServer server = FakeCapitalistServer.sandbox();
             ChildJvm child = ChildJvm.start(jarred.writingArchive(archive), dir, "crash", server.uri().toString(),
                     dir.resolve("journal").toString(), file.toString(), "session-first")) {
            child.await(Markers.SUBMITTED::equals, Markers.SUBMITTED, GUARD);
            child.closeInput();
            child.waitForExit();
            assertThat(Books.acceptedTimes(server).values()).as("the first child's numbers").hasSize(5)
                    .allMatch(times -> times == 1);
        }
        if (Files.isRegularFile(archive)) {
            return jarred.sharingArchive(archive);
        }
        System.out.println("crash test: no class-data archive was written; the children start without one");
        return jarred;
    }

    private Outcome run(Plan plan, ChildClasses classes, Vertx vertx) throws Exception {
        Path dir = Files.createDirectories(home.resolve("run-" + plan.run()));
        Path journalDir = dir.resolve("journal");
        Path file = dir.resolve("payouts.csv");
        Files.writeString(file, file(plan), StandardCharsets.UTF_8);
        Batch batch = JournalChild.read(file);

        CountDownLatch accepted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean armed = new AtomicBoolean(true);
        AnswerHook hook = (operation, code) -> {
            if (operation.equals("import_batch_advanced") && code == 0 && armed.getAndSet(false)) {
                accepted.countDown();
                if (plan.moment() == Moment.ACCEPTED_BEFORE_ANSWER) {
                    release.await(GUARD.toSeconds(), TimeUnit.SECONDS); // the child is killed meanwhile
                }
            }
        };
        try (FakeCapitalistServer server = FakeCapitalistServer.start(SandboxConfig.sandbox().answerHook(hook).build())) {
            List<String> childSaid;
            Duration childCpu;
            // only a kill during the upload needs the session opened before: then the upload request goes out at once
            try (ChildJvm child = ChildJvm.start(classes, dir, "crash", server.uri().toString(), journalDir.toString(),
                    file.toString(), plan.moment() == Moment.DURING_UPLOAD ? "session-first" : "session-on-upload")) {
                if (plan.moment() == Moment.ACCEPTED_BEFORE_ANSWER) {
                    child.await(Markers.UPLOAD_START::equals, Markers.UPLOAD_START, GUARD);
                    assertThat(accepted.await(GUARD.toSeconds(), TimeUnit.SECONDS))
                            .as("run %d: the server accepted the upload", plan.run()).isTrue();
                } else {
                    child.await(plan.moment().marker::equals, plan.moment().marker, GUARD);
                }
                LockSupport.parkNanos(plan.delayMicros() * 1_000L);
                childCpu = child.kill();
                childSaid = child.seen();
            } finally {
                release.countDown();
            }
            // whatever the child had sent is now processed or dropped: from here on the server's books are final
            server.awaitIdle(GUARD);

            try (PayoutJournalPort journal = JdbcPayoutJournal.h2File(journalDir);
                 CapitalistClient client = Capitalist.builder().endpoint(server.uri())
                         .credentials(LOGIN, Secret.of(SandboxIdentity.PASSWORD))
                         .pin(Secret.of(SandboxIdentity.PIN)).journal(journal).vertx(vertx).build()) {
                int inDoubt = journal.list(LOGIN, Optional.of(JournalState.IN_DOUBT)).size();
                RecoveryReport recovered = client.blocking().recover(new RecoverQuery(Optional.empty(), Duration.ZERO));
                assertThat(recovered.stillInDoubt()).as("run %d: left in doubt by recover", plan.run()).isEmpty();
                JournaledSubmission again = client.blocking()
                        .submitSkippingSent(SubmitBatchCommand.of(batch, JournalChild.pin()));
                int resent = again.upload().map(u -> u.acceptedPaymentNumbers().size()).orElse(0);

                Map<String, JournalEntry> entries = journal.find(LOGIN, batch.paymentNumbers());
                assertThat(entries.values()).as("run %d: journal after the resubmit", plan.run())
                        .hasSize(batch.size()).allMatch(e -> e.state() == JournalState.SENT);
                Map<String, Integer> acceptedTimes = Books.acceptedTimes(server);
                int once = 0;
                int twice = 0;
                int lost = 0;
                for (String number : batch.paymentNumbers()) {
                    int times = acceptedTimes.getOrDefault(number, 0);
                    once += times == 1 ? 1 : 0;
                    twice += times > 1 ? 1 : 0;
                    lost += times == 0 ? 1 : 0;
                }
                return new Outcome(plan, childCpu, batch.size(), once, twice, lost, inDoubt, recovered.sent().size(),
                        recovered.released().size(), resent, childSaid);
            }
        }
    }

    private static String file(Plan plan) {
        StringBuilder text = new StringBuilder();
        for (int line = 1; line <= plan.lines(); line++) {
            text.append(String.format("CAPITALIST;R0000002;1.00;RUR;CRASH-%03d-%02d;crash run %d%n",
                    plan.run(), line, plan.run()));
        }
        return text.toString();
    }

    private static String table(List<Outcome> outcomes) {
        Map<Moment, List<Outcome>> byMoment = new EnumMap<>(Moment.class);
        outcomes.forEach(o -> byMoment.computeIfAbsent(o.plan().moment(), m -> new ArrayList<>()).add(o));
        StringBuilder t = new StringBuilder(String.format("%-26s %5s %8s %9s %6s %5s | %8s %10s %10s %7s%n", "moment",
                "runs", "numbers", "accepted1", "twice", "lost", "in-doubt", "recov-sent", "recov-rel", "resent"));
        int[] total = new int[9];
        byMoment.forEach((m, list) -> {
            int[] row = sums(list);
            t.append(String.format("%-26s %5d %8d %9d %6d %5d | %8d %10d %10d %7d%n", m, row[0], row[1], row[2],
                    row[3], row[4], row[5], row[6], row[7], row[8]));
            for (int i = 0; i < row.length; i++) {
                total[i] += row[i];
            }
        });
        t.append(String.format("%-26s %5d %8d %9d %6d %5d | %8d %10d %10d %7d%n", "all", total[0], total[1],
                total[2], total[3], total[4], total[5], total[6], total[7], total[8]));
        return t.toString();
    }

    private static int[] sums(List<Outcome> list) {
        int[] s = new int[9];
        for (Outcome o : list) {
            s[0]++;
            s[1] += o.numbers();
            s[2] += o.once();
            s[3] += o.twice();
            s[4] += o.lost();
            s[5] += o.inDoubt();
            s[6] += o.recoveredSent();
            s[7] += o.recoveredReleased();
            s[8] += o.resent();
        }
        return s;
    }
}
