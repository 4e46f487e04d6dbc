package io.capitalist4j.reliability.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.jdbc.EmbeddedPostgresServer;
import io.capitalist4j.adapter.jdbc.JdbcPayoutJournal;
import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.SandboxConfig;
import io.capitalist4j.testkit.SandboxIdentity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's race proof: two processes of eight threads each submit overlapping files with skipSent, against one
 * fake server, through one journal on a real PostgreSQL. Whoever claims a number first sends it; everyone else
 * skips it; the server must hold each number exactly once. {@code -Drace.seed=S} replays a series.
 */
class JournalRaceTest {

    private static final long BASE_SEED = 20_260_416L;
    private static final int PROCESSES = 2;
    private static final int THREADS_PER_PROCESS = 8;
    private static final int FILES_PER_PROCESS = 24;
    private static final int NUMBERS = 1_200;
    private static final Duration GUARD = Duration.ofSeconds(120);
    private static final Pattern FILE_LINE = Pattern.compile("file (\\S+) uploaded (\\d+) skipped (\\d+)");

    @TempDir
    Path home;

    @Test
    void twoProcessesOfEightThreadsSubmittingOverlappingFilesWithSkipSentSendEachNumberExactlyOnce() throws Exception {
        long seed = Long.getLong("race.seed", BASE_SEED);
        System.out.printf("race test: seed %d (-Drace.seed=%d)%n", seed, seed);
        long started = System.nanoTime();
        Random random = new Random(seed);
        String url = EmbeddedPostgresServer.newDatabase();

        List<List<Path>> filesByProcess = new ArrayList<>();
        Set<String> everyNumber = new TreeSet<>();
        for (int p = 0; p < PROCESSES; p++) {
            List<Path> files = new ArrayList<>();
            for (int f = 0; f < FILES_PER_PROCESS; f++) {
                // random overlapping windows, taken by the threads in order; the last file of each process covers
                // every number, so that none is left out and the leftovers are raced for once more
                boolean last = f == FILES_PER_PROCESS - 1;
                int from = last ? 1 : 1 + random.nextInt(NUMBERS);
                int to = last ? NUMBERS : Math.min(NUMBERS, from + 10 + random.nextInt(70));
                StringBuilder text = new StringBuilder();
                for (int n = from; n <= to; n++) {
                    String number = String.format("RACE-%04d", n);
                    everyNumber.add(number);
                    text.append("CAPITALIST;R0000002;1.00;RUR;").append(number).append(";race\n");
                }
                Path file = home.resolve("p" + p + "-f" + f + ".csv");
                Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
                files.add(file);
            }
            filesByProcess.add(files);
        }

        try (FakeCapitalistServer server = FakeCapitalistServer.start(SandboxConfig.sandbox().build())) {
            ChildClasses classes = ChildClasses.testClassPath();
            List<ChildJvm> children = new ArrayList<>();
            try {
                for (int p = 0; p < PROCESSES; p++) {
                    List<String> args = new ArrayList<>(List.of("race", server.uri().toString(), url,
                            Integer.toString(THREADS_PER_PROCESS)));
                    filesByProcess.get(p).forEach(f -> args.add(f.toString()));
                    children.add(ChildJvm.start(classes, home, args.toArray(String[]::new)));
                }
                for (ChildJvm child : children) {
                    child.await(Markers.READY::equals, Markers.READY, GUARD);
                }
                for (ChildJvm child : children) {
                    child.send("go"); // both start together: their threads race for the same numbers
                }
                for (ChildJvm child : children) {
                    child.await("done"::equals, "done", GUARD);
                    child.waitForExit();
                    assertThat(child.exitValue()).as("exit of a race child").isZero();
                }
            } finally {
                children.forEach(ChildJvm::close);
            }

            int uploaded = 0;
            int skipped = 0;
            int files = 0;
            List<Integer> uploadedByProcess = new ArrayList<>();
            for (ChildJvm child : children) {
                int byThis = 0;
                for (String line : child.seen()) {
                    Matcher m = FILE_LINE.matcher(line);
                    if (m.matches()) {
                        files++;
                        byThis += Integer.parseInt(m.group(2));
                        skipped += Integer.parseInt(m.group(3));
                    }
                }
                uploaded += byThis;
                uploadedByProcess.add(byThis);
            }
            Map<String, Integer> times = Books.acceptedTimes(server);
            long once = everyNumber.stream().filter(n -> times.getOrDefault(n, 0) == 1).count();
            long twice = everyNumber.stream().filter(n -> times.getOrDefault(n, 0) > 1).count();
            long lost = everyNumber.stream().filter(n -> !times.containsKey(n)).count();
            System.out.printf("race test: %d processes x %d threads, %d files, %d numbers, %d uploads, "
                            + "%d lines uploaded %s, %d lines skipped; accepted once %d, twice %d, lost %d; %.1f s%n",
                    PROCESSES, THREADS_PER_PROCESS, files, everyNumber.size(), server.count("import_batch_advanced"),
                    uploaded, uploadedByProcess, skipped, once, twice, lost, (System.nanoTime() - started) / 1e9);

            assertThat(files).isEqualTo(PROCESSES * FILES_PER_PROCESS);
            assertThat(times.keySet()).as("numbers the server accepted").isEqualTo(everyNumber);
            assertThat(times.entrySet().stream().filter(e -> e.getValue() != 1).map(Map.Entry::getKey)
                    .collect(Collectors.toList())).as("numbers accepted more than once").isEmpty();
            assertThat(uploaded).as("lines the children say the server accepted").isEqualTo(everyNumber.size());
            assertThat(skipped).as("lines skipped because another thread or process held them").isPositive();
            assertThat(uploadedByProcess).as("lines uploaded by each process").allMatch(n -> n > 0);

            try (PayoutJournalPort journal = JdbcPayoutJournal.open(url, "postgres", Secret.of(""))) {
                List<JournalEntry> entries = journal.list(SandboxIdentity.LOGIN, Optional.empty());
                assertThat(entries).hasSize(everyNumber.size()).allMatch(e -> e.state() == JournalState.SENT);
            }
        }
    }
}
