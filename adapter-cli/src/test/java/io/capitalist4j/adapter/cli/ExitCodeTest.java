package io.capitalist4j.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.capitalist4j.domain.auth.Redaction;
import io.capitalist4j.testkit.Fault;
import java.net.ServerSocket;
import io.capitalist4j.domain.document.Period;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per failure class: what the user reads on stderr and the exit code a script sees. */
class ExitCodeTest extends WithTestBank {
    private static final String IMPORT = "import_batch_advanced";

    @Test
    void aBadLineStopsTheUploadWithExitTwoNamingLineAndField() {
        long uploadsBefore = bank.server.count(IMPORT);

        CliRun.Result run = bank.cli().run(bank.args("json", "table", "batch", "submit",
                bank.copyWithFreshNumbers(Examples.WITH_BAD_LINE).toString(), "--verify", "pin"));

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("line 3, card: fails the Luhn check");
        assertThat(run.out()).isEmpty();
        assertThat(bank.server.count(IMPORT)).isEqualTo(uploadsBefore);
    }

    @Test
    void anApiErrorExitsWithOnePrintingCodeAndMessage() {
        CliRun.Result run = bank.cli().run(bank.args("json", "table", "verified", "U0000002"));

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("is_verified_account").contains("code 130").contains("Account not found");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aWrongPasswordIsAnApiErrorThatDoesNotEchoThePassword() {
        CliRun.Result run = bank.cli().env(EnvVars.PASSWORD, "Wrong-pw-4451").run(bank.args("csv", "table", "accounts"));

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("code 15");
        assertThat(run.all()).doesNotContain("Wrong-pw-4451");
    }

    @Test
    void aWrongSmsCodeIsReportedWithExitOne() throws Exception {
        CliRun.Result submitted = bank.cli().run(bank.args("json", "json", "batch", "submit",
                bank.freshPayouts().toString(), "--verify", "sms"));
        String batchId = new ObjectMapper().readTree(submitted.out()).get("batchId").asText();

        CliRun.Result run = bank.cli().run(bank.args("json", "table", "batch", "confirm", batchId, "--sms-code", "11110000"));

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("NOT confirmed");
        assertThat(run.all()).doesNotContain("11110000");
    }

    @Test
    void anUploadWhoseAnswerIsLostExitsWithThreeAndReconcileFindsEveryPayment() throws Exception {
        Path file = bank.freshPayouts();
        long uploadsBefore = bank.server.count(IMPORT);
        bank.server.faults().next(IMPORT, 1, Fault.resetAfterProcessing());

        CliRun.Result run = bank.cli().run(bank.args("json", "table", "batch", "submit", file.toString(), "--verify",
                "signature", "--key", bank.encryptedKey.toString()));

        assertThat(run.code()).as(run.toString()).isEqualTo(3);
        String today = Period.WIRE.format(Period.today(Clock.systemUTC()));
        String server = "capitalist --url " + bank.server.uri() + " --login " + TestBank.LOGIN;
        assertThat(run.err()).as("commands ready to paste: the real file, key and day").contains("outcome unknown")
                .contains(server + " journal recover --from " + today)
                // as printed: a temporary path whose digits pass the Luhn check is masked like a card number
                .contains(Redaction.maskCardNumbers(server + " batch submit " + file + " --verify signature --key "
                        + bank.encryptedKey + " --skip-sent"))
                .contains(Redaction.maskCardNumbers(server + " reconcile " + file + " --from " + today))
                .doesNotContain("FILE").doesNotContain("DD.MM.YYYY");
        assertThat(run.out()).isEmpty();
        assertThat(bank.server.count(IMPORT)).as("the upload is never repeated").isEqualTo(uploadsBefore + 1);
        EndToEndTest.noSecrets(run);

        CliRun.Result reconciled = bank.cli().run(bank.args("json", "json", "reconcile", file.toString(), "--from",
                EndToEndTest.FROM, "--to", EndToEndTest.TO));
        assertThat(reconciled.code()).as(reconciled.toString()).isZero();
        assertThat(new ObjectMapper().readTree(reconciled.out())).extracting(o -> o.get("status").asText())
                .hasSize(9).containsOnly("FOUND");
    }

    @Test
    void reconcileReportsNumbersThatWereNeverUploadedAsNotFound() throws Exception {
        CliRun.Result run = bank.cli().run(bank.args("json", "table", "reconcile", bank.freshPayouts().toString(),
                "--from", EndToEndTest.FROM, "--to", EndToEndTest.TO));

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("9 payment numbers: 0 found (0 more than once), 9 not found");
    }

    @Test
    void aClosedPortIsATransportFailureWithExitFour() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        CliRun.Result run = bank.cli().run("--url", "http://127.0.0.1:" + port + "/", "--login", TestBank.LOGIN, "accounts");

        assertThat(run.code()).as(run.toString()).isEqualTo(4);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: ");
    }

    @Test
    void aWaitThatReachesItsTimeoutExitsWithFiveAndSaysHowToGoOn() throws Exception {
        try (TestBank slow = TestBank.start(dir, Duration.ofHours(1))) {
            CliRun.Result run = slow.cli().run(slow.args("json", "table", "batch", "submit", slow.freshPayouts().toString(),
                    "--verify", "pin", "--wait", "--interval", "20ms", "--timeout", "300ms"));

            assertThat(run.code()).as(run.toString()).isEqualTo(5);
            assertThat(run.err()).contains("was not final within 300 ms").doesNotContain("PT0.3S")
                    .containsPattern("batch status [0-9a-f-]{36} --wait");
            String id = run.err().replaceAll("(?s).*uploaded batch ([0-9a-f-]{36}).*", "$1");
            assertThat(run.err()).as("the command that keeps following it, ready to paste").contains("  capitalist --url "
                    + slow.server.uri() + " --login " + TestBank.LOGIN + " batch status " + id + " --wait");
        }
    }

    @Test
    void aMissingPasswordIsBadInputBeforeAnythingIsSent() {
        long before = bank.server.requests().size();

        CliRun.Result run = CliRun.cli().run(bank.args("json", "table", "accounts"));

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(EnvVars.PASSWORD);
        assertThat(bank.server.requests()).hasSize((int) before);
    }

    @Test
    void asksForThePasswordAndThePinOnTheTerminalWhenNoVariableGivesThem() {
        List<String> asked = new java.util.ArrayList<>();
        CliRun.Result run = CliRun.cli().prompt(label -> {
            asked.add(label);
            return java.util.Optional.of((label.equals("PIN") ? TestBank.PIN : TestBank.PASSWORD).toCharArray());
        }).run(bank.args("json", "table", "batch", "submit", bank.freshPayouts().toString(), "--verify", "pin"));

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(asked).containsExactlyInAnyOrder("Capitalist password", "PIN");
        EndToEndTest.noSecrets(run);
    }

    @Test
    void smsCannotBeCombinedWithWait() {
        CliRun.Result run = bank.cli().run(bank.args("json", "table", "batch", "submit", bank.freshPayouts().toString(),
                "--verify", "sms", "--wait"));

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("batch confirm");
    }

    @Test
    void passwordFileAndPlainPasswordModeWork() throws Exception {
        Path passwordFile = dir.resolve("password.txt");
        java.nio.file.Files.writeString(passwordFile, TestBank.PASSWORD + "\n");
        long tokensBefore = bank.server.count("get_token");

        CliRun.Result run = CliRun.cli().run("--url", bank.server.uri().toString(), "--login", TestBank.LOGIN,
                "--password-file", passwordFile.toString(), "--plain-password", "accounts");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("R0000001");
        assertThat(bank.server.count("get_token")).as("plain password mode asks no token").isEqualTo(tokensBefore);
        assertThat(run.all()).doesNotContain(TestBank.PASSWORD);
    }
}
