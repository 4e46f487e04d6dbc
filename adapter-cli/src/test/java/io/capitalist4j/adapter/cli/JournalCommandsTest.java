package io.capitalist4j.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capitalist4j.adapter.jdbc.JdbcPayoutJournal;
import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.testkit.Fault;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The payout journal through the CLI: an H2 file in a temporary CAPITALIST_HOME (never the real
 * ~/.capitalist4j), the testkit server counting uploads.
 */
class JournalCommandsTest extends WithTestBank {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMPORT = "import_batch_advanced";

    @TempDir
    Path home;

    private CliRun cli() {
        return bank.cli().env(EnvVars.HOME, home.toString());
    }

    private String[] submit(String output, Path file, String... more) {
        List<String> command = new ArrayList<>(List.of("batch", "submit", file.toString(), "--verify", "pin"));
        command.addAll(List.of(more));
        return bank.args("json", output, command.toArray(new String[0]));
    }

    @Test
    void theSameFileSubmittedTwiceIsRefusedWithExitSixNamingEachNumberAndItsStateAndNothingIsUploaded() throws Exception {
        Path file = bank.freshPayouts();
        List<String> numbers = TestBank.paymentNumbers(file);
        long uploadsBefore = bank.server.count(IMPORT);

        CliRun.Result first = cli().run(submit("json", file));
        assertThat(first.code()).as(first.toString()).isZero();
        String batchId = JSON.readTree(first.out()).get("batchId").asText();
        assertThat(Files.exists(home.resolve("journal.mv.db"))).as("the H2 journal file in CAPITALIST_HOME").isTrue();

        CliRun.Result second = cli().run(submit("table", file));

        assertThat(second.code()).as(second.toString()).isEqualTo(6);
        assertThat(second.err()).contains("refused: would pay twice").contains("nothing was uploaded");
        for (String number : numbers) {
            assertThat(second.err()).contains("  " + number + "  sent  batch " + batchId);
        }
        assertThat(second.out()).isEmpty();
        assertThat(bank.server.count(IMPORT)).as("uploads the server received").isEqualTo(uploadsBefore + 1);
    }

    @Test
    void theRefusalWithOutputJsonIsAJsonErrorObjectListingTheHeldNumbers() throws Exception {
        Path file = bank.freshPayouts();
        List<String> numbers = TestBank.paymentNumbers(file);
        assertThat(cli().run(submit("table", file)).code()).isZero();
        long uploads = bank.server.count(IMPORT);

        CliRun.Result again = cli().run(bank.args("json", "table", "batch", "submit", file.toString(), "--verify", "pin",
                "--output", "json"));

        assertThat(again.code()).as(again.toString()).isEqualTo(6);
        JsonNode error = JSON.readTree(again.out());
        assertThat(error.get("error").asText()).isEqualTo("refused: would pay twice");
        assertThat(error.get("exitCode").asInt()).isEqualTo(6);
        assertThat(error.get("held")).extracting(e -> e.get("paymentNumber").asText()).containsExactlyElementsOf(numbers);
        assertThat(error.get("held")).extracting(e -> e.get("state").asText()).containsOnly("sent");
        assertThat(bank.server.count(IMPORT)).isEqualTo(uploads);
    }

    @Test
    void skipSentWithEveryNumberHeldSendsNothingAndExitsZero() {
        Path file = bank.freshPayouts();
        assertThat(cli().run(submit("table", file)).code()).isZero();
        long uploads = bank.server.count(IMPORT);

        CliRun.Result run = cli().run(submit("table", file, "--skip-sent"));

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.all()).contains("nothing to send");
        assertThat(bank.server.count(IMPORT)).as("uploads").isEqualTo(uploads);
    }

    @Test
    void skipSentOnAPartlyHeldFileUploadsOnlyTheLinesTheJournalDoesNotHold() throws Exception {
        Path first = bank.freshPayouts();
        List<String> sent = TestBank.paymentNumbers(first);
        assertThat(cli().run(submit("table", first)).code()).isZero();
        // the first three lines again, the six others under new numbers
        List<String> lines = Files.readAllLines(first, StandardCharsets.UTF_8);
        List<String> mixed = new ArrayList<>(lines.subList(0, 3));
        lines.subList(3, 9).forEach(line -> mixed.add(line.replace("-000", "-NEW-000")));
        Path file = Files.write(dir.resolve("mixed-" + first.getFileName()), mixed, StandardCharsets.UTF_8);
        List<String> fresh = TestBank.paymentNumbers(file).subList(3, 9);
        long uploads = bank.server.count(IMPORT);

        CliRun.Result run = cli().run(submit("json", file, "--skip-sent"));

        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode node = JSON.readTree(run.out());
        assertThat(node.get("accepted")).extracting(JsonNode::asText).containsExactlyElementsOf(fresh);
        assertThat(node.get("skipped")).extracting(e -> e.get("paymentNumber").asText())
                .containsExactlyElementsOf(sent.subList(0, 3));
        assertThat(run.err()).contains("skipped 3 lines");
        assertThat(bank.server.count(IMPORT)).isEqualTo(uploads + 1);
        List<BatchRecord> received = bank.server.bank().records(BatchId.of(node.get("batchId").asText()));
        assertThat(received).extracting(BatchRecord::internalNumber).containsExactlyElementsOf(fresh);
    }

    @Test
    void paymentNumbersThatAreNotClearIdentitiesStopTheSubmitWithExitTwoBeforeAnythingIsClaimedOrUploaded()
            throws Exception {
        Path file = home.resolve("attacker.csv");
        Files.writeString(file, "WM;Z112224443331;15.50;USD;TRAIL-1 ;Payout\n"
                + "WM;Z112224443331;15.50;USD;ＴＷＩＮ-1;Payout\n"
                + "WM;Z112224443331;15.50;USD;twin-1;Payout\n", StandardCharsets.UTF_8);
        long uploads = bank.server.count(IMPORT);

        CliRun.Result run = cli().run(submit("table", file));
        CliRun.Result list = cli().run("--login", TestBank.LOGIN, "journal", "list", "--output", "json");

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("line 1, paymentNumber: payment number ends with white space (U+0020 SPACE)")
                .contains("line 3, paymentNumber: payment number 'twin-1' is the same as 'ＴＷＩＮ-1' on line 2 once"
                        + " Unicode compatibility forms and letter case are ignored");
        assertThat(run.out()).isEmpty();
        assertThat(bank.server.count(IMPORT)).as("nothing uploaded").isEqualTo(uploads);
        assertThat(list.code()).as(list.toString()).isZero();
        assertThat(JSON.readTree(list.out())).as("nothing claimed").isEmpty();
    }

    @Test
    void noJournalWarnsThatNothingPreventsPayingTwiceAndTheSameFileGoesOutAgain() {
        Path file = bank.freshPayouts();
        Path notYet = home.resolve("not-yet");
        long uploads = bank.server.count(IMPORT);

        CliRun.Result run = cli().env(EnvVars.HOME, notYet.toString()).run(submit("table", file));
        assertThat(run.code()).isZero();
        CliRun.Result noJournal = cli().env(EnvVars.HOME, notYet.toString())
                .run(bank.args("json", "table", "--no-journal", "batch", "submit", file.toString(), "--verify", "pin"));

        assertThat(noJournal.code()).as(noJournal.toString()).isZero();
        assertThat(noJournal.err()).contains("warning: --no-journal: nothing prevents paying twice");
        assertThat(bank.server.count(IMPORT)).as("without the journal the same file goes out again").isEqualTo(uploads + 2);
    }

    @Test
    void journalListPrintsEveryEntryWithTheDocumentedJsonFields() throws Exception {
        Path file = bank.freshPayouts();
        List<String> numbers = TestBank.paymentNumbers(file);
        CliRun.Result submitted = cli().run(submit("json", file));
        String batchId = JSON.readTree(submitted.out()).get("batchId").asText();

        CliRun.Result list = cli().run("--login", TestBank.LOGIN, "journal", "list", "--output", "json");
        CliRun.Result table = cli().run("--login", TestBank.LOGIN, "journal", "list", "--state", "sent");

        assertThat(list.code()).as(list.toString()).isZero();
        JsonNode entries = JSON.readTree(list.out());
        assertThat(entries).extracting(e -> e.get("paymentNumber").asText()).containsExactlyElementsOf(numbers);
        for (JsonNode e : entries) {
            assertThat(e.get("state").asText()).isEqualTo("sent");
            assertThat(e.get("batchId").asText()).isEqualTo(batchId);
            assertThat(e.get("note").isNull()).isTrue();
            assertThat(e.get("claimedAt").asText()).endsWith("Z");
            assertThat(Instant.parse(e.get("updatedAt").asText())).isAfterOrEqualTo(Instant.parse(e.get("claimedAt").asText()));
        }
        assertThat(table.code()).isZero();
        assertThat(table.out()).contains("PAYMENT NO", "STATE", "BATCH ID", "CLAIMED AT", "UPDATED AT", "NOTE")
                .contains(numbers.get(0)).contains("9 payment numbers: 0 in-doubt, 9 sent, 0 released");
        assertThat(list.err()).as("journal list needs no server").doesNotContain("error");
    }

    @Test
    void recoverExitsThreeWhileAYoungClaimIsInDoubtAndZeroOnceItIsSettled() throws Exception {
        try (PayoutJournalPort journal = JdbcPayoutJournal.h2File(home)) {
            journal.claim(TestBank.LOGIN, List.of("NEVER-SENT-1"), ClaimMode.ALL_OR_NOTHING);
        }

        CliRun.Result young = cli().run(bank.args("json", "json", "journal", "recover"));

        assertThat(young.code()).as(young.toString()).isEqualTo(3);
        JsonNode doubt = JSON.readTree(young.out()).get("stillInDoubt");
        assertThat(doubt).hasSize(1);
        assertThat(doubt.get(0).get("paymentNumber").asText()).isEqualTo("NEVER-SENT-1");
        assertThat(doubt.get(0).get("state").asText()).isEqualTo("in-doubt");
        assertThat(doubt.get(0).get("reason").asText()).as("the quiet period in words")
                .contains("claimed less than 5 min ago").doesNotContain("PT5M");
        assertThat(young.err()).contains("still in doubt");

        CliRun.Result settled = cli().run(bank.args("json", "table", "journal", "recover", "--quiet-period", "0s"));

        assertThat(settled.code()).as(settled.toString()).isZero();
        assertThat(settled.out()).contains("NEVER-SENT-1").contains("released").contains("0 still in doubt");
        CliRun.Result released = cli().run("--login", TestBank.LOGIN, "--output", "json", "journal", "list", "--state", "released");
        assertThat(JSON.readTree(released.out())).extracting(e -> e.get("paymentNumber").asText()).containsExactly("NEVER-SENT-1");
    }

    @Test
    void anUploadWhoseAnswerIsLostTellsTheOperatorToRunJournalRecoverWhichSettlesEveryNumberAsSent() throws Exception {
        Path file = bank.freshPayouts();
        List<String> numbers = TestBank.paymentNumbers(file);
        bank.server.faults().next(IMPORT, 1, Fault.resetAfterProcessing());

        CliRun.Result lost = cli().run(submit("table", file));

        assertThat(lost.code()).as(lost.toString()).isEqualTo(3);
        assertThat(lost.err()).contains("capitalist --url " + bank.server.uri() + " --login " + TestBank.LOGIN + " journal recover");
        CliRun.Result held = cli().run(submit("table", file));
        assertThat(held.code()).as(held.toString()).isEqualTo(6);
        assertThat(held.err()).contains("  " + numbers.get(0) + "  in-doubt");

        CliRun.Result recovered = cli().run(bank.args("json", "json", "journal", "recover", "--quiet-period", "0s"));

        assertThat(recovered.code()).as(recovered.toString()).isZero();
        JsonNode report = JSON.readTree(recovered.out());
        assertThat(report.get("sent")).extracting(e -> e.get("paymentNumber").asText()).containsExactlyInAnyOrderElementsOf(numbers);
        assertThat(report.get("stillInDoubt")).isEmpty();
        long uploads = bank.server.count(IMPORT);
        CliRun.Result resend = cli().run(submit("table", file, "--skip-sent"));
        assertThat(resend.code()).as(resend.toString()).isZero();
        assertThat(resend.all()).contains("nothing to send");
        assertThat(bank.server.count(IMPORT)).isEqualTo(uploads);
    }

    @Test
    void anUnreachableJournalDatabaseIsOneCleanLineWithoutSecretsAndNothingIsSent() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        long requests = bank.server.requests().size();

        CliRun.Result run = cli().env(EnvVars.JOURNAL_PASSWORD, "Db-pw-5521").run(bank.args("json", "table",
                "--journal", "jdbc:postgresql://127.0.0.1:" + closedPort + "/payouts?user=bob&password=Url-pw-9911",
                "batch", "submit", bank.freshPayouts().toString(), "--verify", "pin"));

        assertThat(run.code()).as(run.toString()).isEqualTo(4);
        assertThat(run.err()).contains("cannot reach the payout journal database").contains("nothing was sent");
        assertThat(run.all()).doesNotContain("Db-pw-5521").doesNotContain("Url-pw-9911");
        assertThat(run.out()).isEmpty();
        assertThat(bank.server.requests()).as("requests to the server").hasSize((int) requests);
    }

    @Test
    void aJournalUrlOfNoBundledDriverIsBadInput() {
        long uploads = bank.server.count(IMPORT);

        CliRun.Result run = cli().run(bank.args("json", "table", "--journal", "mysql://db/payouts", "batch", "submit",
                bank.freshPayouts().toString(), "--verify", "pin"));

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--journal").contains("jdbc:postgresql://");
        assertThat(bank.server.count(IMPORT)).isEqualTo(uploads);
    }

    @Test
    void journalAndNoJournalTogetherAndJournalCommandsWithoutAJournalAreBadUsage() {
        Path file = bank.freshPayouts();
        CliRun.Result both = cli().run(bank.args("json", "table", "--journal", "jdbc:h2:mem:x", "--no-journal",
                "batch", "submit", file.toString(), "--verify", "pin"));
        CliRun.Result list = cli().run("--login", TestBank.LOGIN, "--no-journal", "journal", "list");
        CliRun.Result skip = cli().run(bank.args("json", "table", "--no-journal", "batch", "submit", file.toString(),
                "--verify", "pin", "--skip-sent"));

        assertThat(both.code()).as(both.toString()).isEqualTo(2);
        assertThat(list.code()).as(list.toString()).isEqualTo(2);
        assertThat(list.err()).contains("leave out --no-journal");
        assertThat(skip.code()).as(skip.toString()).isEqualTo(2);
    }

    @Test
    void withoutCapitalistHomeTheJournalLivesUnderTheShellsHome() {
        Path shellHome = home.resolve("shell-home");
        // the build sets the home property as a safety net; a user's shell has only $HOME
        String safetyNet = System.getProperty(Journals.HOME_PROPERTY);
        System.clearProperty(Journals.HOME_PROPERTY);
        CliRun.Result list;
        try {
            list = bank.cli().env("HOME", shellHome.toString()).run("--login", TestBank.LOGIN, "journal", "list");
        } finally {
            if (safetyNet != null) {
                System.setProperty(Journals.HOME_PROPERTY, safetyNet);
            }
        }

        assertThat(list.code()).as(list.toString()).isZero();
        assertThat(shellHome.resolve(".capitalist4j").resolve("journal.mv.db")).exists();
    }

    @Test
    void commandsThatNeedNoJournalNeverCreateTheHomeDirectory() {
        Path notYet = home.resolve("capitalist-home");

        CliRun.Result rates = cli().env(EnvVars.HOME, notYet.toString()).run(bank.args("json", "table", "rates"));
        assertThat(rates.code()).as(rates.toString()).isZero();
        assertThat(notYet).doesNotExist();

        CliRun.Result list = cli().env(EnvVars.HOME, notYet.toString()).run("--login", TestBank.LOGIN, "journal", "list");
        assertThat(list.code()).as(list.toString()).isZero();
        assertThat(notYet).isDirectory();
        if (notYet.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(posix(notYet)).isEqualTo("rwx------");
        }
    }

    @Test
    void theSandboxKeepsItsJournalInMemoryUnlessOneIsGiven() throws Exception {
        Path notYet = home.resolve("sandbox-home");
        Path journalDir = home.resolve("given");
        String url = "jdbc:h2:file:" + journalDir.resolve("journal");

        CliRun.Result inMemory = cli().env(EnvVars.HOME, notYet.toString()).env(EnvVars.JOURNAL, url)
                .run("--sandbox", "--output", "json", "batch", "submit", Examples.PAYOUTS.toString(), "--verify", "pin");
        assertThat(inMemory.code()).as(inMemory.toString()).isZero();
        assertThat(notYet).doesNotExist();
        assertThat(journalDir).as("$CAPITALIST_JOURNAL is not the sandbox's").doesNotExist();

        CliRun.Result given = cli().run("--sandbox", "--journal", url, "batch", "submit", Examples.PAYOUTS.toString(),
                "--verify", "pin");
        CliRun.Result again = cli().run("--sandbox", "--journal", url, "batch", "submit", Examples.PAYOUTS.toString(),
                "--verify", "pin");
        assertThat(given.code()).as(given.toString()).isZero();
        assertThat(again.code()).as(again.toString()).isEqualTo(6);
        assertThat(again.err()).contains("PAY-0001  sent");
    }

    @Test
    void exitCodeSixIsInTheHelp() {
        CliRun.Result help = CliRun.cli().run("--help");

        assertThat(help.out()).contains("6  refused: would pay twice").contains("journal recover").contains("--journal")
                .contains("--no-journal");
        assertThat(ExitCode.WOULD_PAY_TWICE).isEqualTo(6);
    }

    private static String posix(Path path) {
        try {
            return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
