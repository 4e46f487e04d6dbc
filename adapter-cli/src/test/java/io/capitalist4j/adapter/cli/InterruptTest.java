package io.capitalist4j.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.testkit.api2.Api2SandboxConfig;
import io.capitalist4j.testkit.api2.Api2SandboxIdentity;
import io.capitalist4j.testkit.api2.Api2Timeline;
import io.capitalist4j.testkit.api2.FakeApi2Server;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C as an operator presses it: the real {@code capitalist} process, a JVM of its own, sent SIGINT once its
 * stderr shows the wait under way. The wait stops at once, says where things stand and the exact command that keeps
 * following, and the process exits 130; an upload not answered yet is an unknown outcome whose numbers
 * {@code journal recover} can settle at once.
 */
class InterruptTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Only ends a child that would never end; nothing here is timed. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(90);
    private static final Pattern UPLOADED = Pattern.compile("uploaded batch ([0-9a-f-]{36})");

    @TempDir
    static Path dir;

    /** Records stay NEW for an hour: a wait on them goes on until it is interrupted. */
    static TestBank bank;
    /** When armed, the answer to the next upload is held (the upload itself is stored) until released. */
    private static final AtomicBoolean HOLD_NEXT_UPLOAD = new AtomicBoolean();
    private static volatile CountDownLatch uploadHeld = new CountDownLatch(1);
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    @BeforeAll
    static void start() {
        bank = TestBank.start(dir, Duration.ofHours(1), config -> config.answerHook((operation, code) -> {
            if (operation.equals("import_batch_advanced") && HOLD_NEXT_UPLOAD.compareAndSet(true, false)) {
                uploadHeld.countDown();
                RELEASE.await(HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS);
            }
        }));
    }

    @AfterAll
    static void stop() {
        RELEASE.countDown();
        bank.close();
    }

    @Test
    void ctrlCDuringBatchSubmitWaitStopsSaysWhereTheBatchStandsAndTheCommandThatKeepsFollowingIt() throws Exception {
        Path file = bank.freshPayouts();
        try (Child child = Child.start(v1Env(), bank.args("json", "table", "--journal", journal("submit-wait"), "batch",
                "submit", file.toString(), "--verify", "pin", "--wait", "--interval", "100ms"))) {
            child.awaitErr("0/9 final (NEW 9)");

            Child.Ended ended = child.interrupt();

            assertThat(ended.code()).as(ended.toString()).isEqualTo(ExitCode.INTERRUPTED);
            String id = batchId(ended.err());
            String follow = "  capitalist --url " + bank.server.uri() + " --login " + TestBank.LOGIN + " batch status "
                    + id + " --wait";
            assertThat(ended.err()).contains("interrupted: batch " + id + ": 0/9 final (NEW 9)")
                    .contains("the batch goes on; keep following it with:\n" + follow + "\n");
            assertThat(ended.out()).as("no report of a batch that is not done").isEmpty();
            noSecrets(ended);
            System.out.println("InterruptTest: batch submit --wait stopped " + ended.afterSignal().toMillis()
                    + " ms after SIGINT");

            // the command printed is the one that goes on: run as printed, it follows the same batch
            List<String> pasted = new ArrayList<>(Arrays.asList(follow.strip().split(" ")));
            pasted.remove(0);
            pasted.addAll(List.of("--interval", "20ms", "--timeout", "1s"));
            CliRun.Result again = bank.cli().run(pasted.toArray(new String[0]));
            assertThat(again.code()).as(again.toString()).isEqualTo(ExitCode.STILL_RUNNING);
            assertThat(again.err()).contains("batch " + id + " was not final within 1 s");
        }
    }

    @Test
    void ctrlCDuringBatchStatusWaitStopsTheSameWay() throws Exception {
        CliRun.Result submitted = bank.cli().run(bank.args("json", "json", "batch", "submit", bank.freshPayouts().toString(),
                "--verify", "pin"));
        String id = JSON.readTree(submitted.out()).get("batchId").asText();

        try (Child child = Child.start(v1Env(), bank.args("json", "table", "batch", "status", id, "--wait",
                "--interval", "100ms"))) {
            child.awaitErr("0/9 final (NEW 9)");

            Child.Ended ended = child.interrupt();

            assertThat(ended.code()).as(ended.toString()).isEqualTo(ExitCode.INTERRUPTED);
            assertThat(ended.err()).contains("interrupted: batch " + id + ": 0/9 final (NEW 9)").contains("  capitalist --url "
                    + bank.server.uri() + " --login " + TestBank.LOGIN + " batch status " + id + " --wait\n");
            noSecrets(ended);
        }
    }

    @Test
    void ctrlCDuringTheApi2WaitSaysWhereEveryPaymentStandsAndHowToSeeEach() throws Exception {
        try (FakeApi2Server api2 = FakeApi2Server.start(Api2SandboxConfig.builder()
                .timeline(Api2Timeline.after(Duration.ofHours(1))).build(), 0)) {
            Map<String, String> env = Map.of(EnvVars.API_KEY, Api2SandboxIdentity.API_KEY,
                    EnvVars.API_SECRET, Api2SandboxIdentity.API_SECRET, EnvVars.HOME, dir.resolve("api2-home").toString());
            try (Child child = Child.start(env, "--api", "2", "--url", api2.uri().toString(), "batch", "submit",
                    Examples.PAYOUTS_API2.toString(), "--wait", "--interval", "100ms")) {
                child.awaitErr("payouts: 0/8 final (PENDING 8)");

                Child.Ended ended = child.interrupt();

                assertThat(ended.code()).as(ended.toString()).isEqualTo(ExitCode.INTERRUPTED);
                assertThat(ended.err()).contains("interrupted: 8 payouts created; 0/8 final (PENDING 8)")
                        .contains("  capitalist --api 2 --url " + api2.uri() + " payment status API2-0001\n")
                        .contains("  capitalist --api 2 --url " + api2.uri() + " payment status API2-0008\n");
                assertThat(ended.out() + ended.err()).doesNotContain(Api2SandboxIdentity.API_SECRET);
            }
        }
    }

    @Test
    void ctrlCBeforeTheUploadIsAnsweredIsAnUnknownOutcomeThatJournalRecoverSettlesAtOnce() throws Exception {
        Path file = bank.freshPayouts();
        String journal = journal("upload");
        uploadHeld = new CountDownLatch(1);
        HOLD_NEXT_UPLOAD.set(true);
        try (Child child = Child.start(v1Env(), bank.args("json", "table", "--journal", journal, "batch", "submit",
                file.toString(), "--verify", "pin", "--wait"))) {
            assertThat(uploadHeld.await(HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS)).as("the upload reached the server")
                    .isTrue();

            Child.Ended ended = child.interrupt();

            String today = Period.WIRE.format(Period.today(Clock.systemUTC()));
            String server = "capitalist --url " + bank.server.uri() + " --login " + TestBank.LOGIN + " --journal " + journal;
            assertThat(ended.code()).as(ended.toString()).isEqualTo(ExitCode.INTERRUPTED);
            assertThat(ended.err()).contains("interrupted before the upload was answered: its outcome is unknown")
                    .contains("do NOT send the file again")
                    .contains("  " + server + " journal recover --from " + today + "\n")
                    .contains("  " + server + " batch submit " + file + " --verify pin --skip-sent\n");
            noSecrets(ended);
        }

        // the server stored the upload; the journal noted the interrupted claim, so no quiet period holds it back
        CliRun.Result recovered = bank.cli().run(bank.args("json", "json", "--journal", journal, "journal", "recover"));
        assertThat(recovered.code()).as(recovered.toString()).isZero();
        JsonNode report = JSON.readTree(recovered.out());
        assertThat(report.get("sent")).extracting(e -> e.get("paymentNumber").asText())
                .containsExactlyInAnyOrderElementsOf(TestBank.paymentNumbers(file));
        assertThat(report.get("stillInDoubt")).isEmpty();
    }

    private static Map<String, String> v1Env() {
        return Map.of(EnvVars.PASSWORD, TestBank.PASSWORD, EnvVars.PIN, TestBank.PIN,
                EnvVars.HOME, dir.resolve("v1-home").toString());
    }

    private static String journal(String name) {
        return "jdbc:h2:file:" + dir.resolve("journal-" + name).toAbsolutePath();
    }

    private static String batchId(String err) {
        Matcher m = UPLOADED.matcher(err);
        assertThat(m.find()).as(err).isTrue();
        return m.group(1);
    }

    private static void noSecrets(Child.Ended ended) {
        for (String secret : TestBank.SECRETS) {
            assertThat(ended.out() + ended.err()).doesNotContain(secret);
        }
    }

    /** The CLI's main class in a JVM of its own, on this test's class path, with only the environment given. */
    private static final class Child implements AutoCloseable {
        private final Process process;
        private final Path out;
        private final StringBuilder err = new StringBuilder();
        private final Thread reader;

        private Child(Process process, Path out) {
            this.process = process;
            this.out = out;
            this.reader = new Thread(this::readErr, "child-stderr");
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(Map<String, String> env, String... args) throws IOException {
            List<String> command = new ArrayList<>(defaultSigint());
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dfile.encoding=UTF-8", "-cp", classPath(), CapitalistCli.class.getName()));
            command.addAll(List.of(args));
            Path out = Files.createTempFile(dir, "child-out", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile());
            Map<String, String> environment = new HashMap<>(env);
            environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
            builder.environment().clear();
            builder.environment().putAll(environment);
            return new Child(builder.start(), out);
        }

        private void readErr() {
            try (InputStream in = process.getErrorStream()) {
                byte[] buffer = new byte[4096];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    synchronized (err) {
                        err.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                        err.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
        }

        /** Waits until stderr shows {@code marker}. */
        void awaitErr(String marker) throws InterruptedException {
            long end = System.nanoTime() + HANG_GUARD.toNanos();
            synchronized (err) {
                while (err.indexOf(marker) < 0) {
                    long left = end - System.nanoTime();
                    if (left <= 0 || !process.isAlive() && err.indexOf(marker) < 0) {
                        throw new AssertionError("the CLI never printed '" + marker + "':\n" + err);
                    }
                    err.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
                }
            }
        }

        /** Sends SIGINT, as Ctrl-C does, and waits for the process to end. */
        Ended interrupt() throws IOException, InterruptedException {
            long sent = System.nanoTime();
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
            assertThat(kill.waitFor()).as("kill -INT").isZero();
            if (!process.waitFor(HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the CLI did not end after SIGINT:\n" + err);
            }
            Duration after = Duration.ofNanos(System.nanoTime() - sent);
            reader.join(HANG_GUARD.toMillis()); // the pipe ends with the process: every line is read
            String errText;
            synchronized (err) {
                errText = err.toString();
            }
            return new Ended(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), errText, after);
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }

        record Ended(int code, String out, String err, Duration afterSignal) {
            @Override
            public String toString() {
                return "exit " + code + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
            }
        }

        /**
         * A process started with SIGINT ignored (a job a non-interactive shell put in the background, as CI runners
         * do) passes that on to its children, and a JVM never handles a signal it was started ignoring; GNU env can
         * start the child with SIGINT at its default, where it is known.
         */
        private static List<String> defaultSigint() {
            try {
                Process probe = new ProcessBuilder("env", "--default-signal=INT", "true").start();
                if (probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                    return List.of("env", "--default-signal=INT");
                }
            } catch (IOException e) {
                // no GNU env: the child gets SIGINT as this process has it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }

        /** The test class path: Surefire names it apart when its own launcher jar stands in java.class.path. */
        private static String classPath() {
            String surefire = System.getProperty("surefire.test.class.path");
            String path = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
            if (path.indexOf(File.pathSeparatorChar) < 0 && !path.contains("adapter-cli")) {
                throw new IllegalStateException("no class path to run the CLI with: " + path);
            }
            return path;
        }
    }
}
