package io.capitalist4j.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capitalist4j.domain.auth.Redaction;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.testkit.api2.Api2SandboxConfig;
import io.capitalist4j.testkit.api2.Api2SandboxIdentity;
import io.capitalist4j.testkit.api2.Api2Timeline;
import io.capitalist4j.testkit.api2.FakeApi2Server;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C as an operator presses it: the real {@code capitalist} process, a JVM of its own, sent SIGINT once its
 * stderr shows the wait under way. The wait stops at once, says where things stand and the exact command that keeps
 * following, and the process exits 130; an upload not answered yet is an unknown outcome whose numbers
 * {@code journal recover} can settle at once.
 */
class InterruptTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration HANG_GUARD = ChildCli.HANG_GUARD;
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
        try (ChildCli child = ChildCli.start(dir, v1Env(), bank.args("json", "table", "--journal", journal("submit-wait"), "batch",
                "submit", file.toString(), "--verify", "pin", "--wait", "--interval", "100ms"))) {
            child.awaitErr("0/9 final (NEW 9)");

            ChildCli.Ended ended = child.interrupt();

            assertThat(ended.code()).as(ended.toString()).isEqualTo(ExitCode.INTERRUPTED);
            String id = batchId(ended.err());
            String follow = "  capitalist --url " + bank.server.uri() + " --login " + TestBank.LOGIN + " batch status "
                    + id + " --wait";
            assertThat(ended.err()).contains("interrupted: batch " + id + ": 0/9 final (NEW 9)")
                    .contains("the batch goes on; keep following it with:\n" + follow + "\n");
            assertThat(ended.out()).as("no report of a batch that is not done").isEmpty();
            noSecrets(ended);
            System.out.println("InterruptTest: batch submit --wait stopped " + ended.after().toMillis()
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

        try (ChildCli child = ChildCli.start(dir, v1Env(), bank.args("json", "table", "batch", "status", id, "--wait",
                "--interval", "100ms"))) {
            child.awaitErr("0/9 final (NEW 9)");

            ChildCli.Ended ended = child.interrupt();

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
            try (ChildCli child = ChildCli.start(dir, env, "--api", "2", "--url", api2.uri().toString(), "batch", "submit",
                    Examples.PAYOUTS_API2.toString(), "--wait", "--interval", "100ms")) {
                child.awaitErr("payouts: 0/8 final (PENDING 8)");

                ChildCli.Ended ended = child.interrupt();

                assertThat(ended.code()).as(ended.toString()).isEqualTo(ExitCode.INTERRUPTED);
                assertThat(ended.err()).contains("interrupted: 8 payouts created; 0/8 final (PENDING 8)")
                        .contains("  capitalist --api 2 --url " + api2.uri() + " payment status API2-0001\n")
                        .contains("  capitalist --api 2 --url " + api2.uri() + " payment status API2-0008\n");
                assertThat(ended.out() + ended.err()).doesNotContain(Api2SandboxIdentity.API_SECRET);
            }
        }
    }

    /** SIGINT (Ctrl-C) ends with 130; SIGTERM (a service manager, {@code kill}) with 143, as the JVM reports it. */
    @ParameterizedTest
    @CsvSource({"INT, 130", "TERM, 143"})
    void aSignalBeforeTheUploadIsAnsweredIsAnUnknownOutcomeThatJournalRecoverSettlesAtOnce(String signal, int code)
            throws Exception {
        Path file = bank.freshPayouts();
        String journal = journal("upload-" + signal);
        uploadHeld = new CountDownLatch(1);
        HOLD_NEXT_UPLOAD.set(true);
        try (ChildCli child = ChildCli.start(dir, v1Env(), bank.args("json", "table", "--journal", journal, "batch", "submit",
                file.toString(), "--verify", "pin", "--wait"))) {
            assertThat(uploadHeld.await(HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS)).as("the upload reached the server")
                    .isTrue();

            ChildCli.Ended ended = child.signal(signal);

            String today = Period.WIRE.format(Period.today(Clock.systemUTC()));
            String server = "capitalist --url " + bank.server.uri() + " --login " + TestBank.LOGIN + " --journal " + journal;
            assertThat(ended.code()).as(ended.toString()).isEqualTo(code);
            assertThat(ended.err()).contains("interrupted before the upload was answered: its outcome is unknown")
                    .contains("do NOT send the file again")
                    // as printed: a temporary path whose digits pass the Luhn check is masked like a card number
                    .contains(Redaction.maskCardNumbers("  " + server + " journal recover --from " + today + "\n"))
                    .contains(Redaction.maskCardNumbers("  " + server + " batch submit " + file + " --verify pin --skip-sent\n"));
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

    private static void noSecrets(ChildCli.Ended ended) {
        for (String secret : TestBank.SECRETS) {
            assertThat(ended.out() + ended.err()).doesNotContain(secret);
        }
    }
}
