package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.error.ApiException;
import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.reliability.support.Cli;
import io.capitalist4j.reliability.support.Hostile;
import io.capitalist4j.reliability.support.SecretScan;
import io.capitalist4j.reliability.support.ServerKeys;
import io.capitalist4j.reliability.support.Stages;
import io.capitalist4j.testkit.scripted.Answer;
import io.capitalist4j.testkit.scripted.ScriptedServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that writes card numbers into every free-text field (history correspondent, descriptions, comments,
 * record error details, upload rejection reasons, API error messages, a 500 page echoing the upload): no card
 * number leaves in full, in the table, in {@code --output json}, on stderr, in an exception message or in the
 * debug log; each shows its first six and last four digits.
 */
class PanAnywhereTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOGIN = "pan-tester";
    private static final String CORRESPONDENT = Hostile.card("492913");
    private static final String DESCRIPTION = Hostile.card("535311");
    private static final String COMMENT = Hostile.card("601122");
    private static final String BENEFICIARY = Hostile.card("491733");
    private static final String ERROR_DETAILS = Hostile.card("552277");
    private static final String REJECTION = Hostile.card("402400");
    private static final String API_MESSAGE = Hostile.card("371449");
    private static final String UPLOADED = "4276380079956889";
    private static final List<String> CARDS = List.of(CORRESPONDENT, DESCRIPTION, COMMENT, BENEFICIARY, ERROR_DETAILS,
            REJECTION, API_MESSAGE, UPLOADED);

    @TempDir
    Path dir;

    private ScriptedServer server;
    private Cli cli;

    @BeforeEach
    void start() {
        server = ScriptedServer.start();
        server.byDefault("get_accounts", Answer.json(ServerKeys.accountsJson()));
        cli = Cli.withEnv(Map.of("CAPITALIST_PASSWORD", "pan-test-password", "CAPITALIST_PIN", "pan-test-pin"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Cli.Result run(String... command) {
        List<String> args = Cli.args("--url", server.uri().toString(), "--login", LOGIN, "--plain-password");
        args.addAll(List.of(command));
        return cli.run(args.toArray(new String[0]));
    }

    /** No card number of this test in full, with or without its separators. */
    private static void noFullCard(String where, String text) {
        String digits = text.replace(" ", "").replace("-", "").replace("+", "").replace("%20", "");
        for (String card : CARDS) {
            assertThat(digits).as("%s shows a full card number:%n%s", where, text).doesNotContain(card);
        }
    }

    private static String masked(String card, String separator) {
        return card.substring(0, 4) + separator + card.substring(4, 6) + "**" + separator + "****" + separator
                + card.substring(12);
    }

    @Test
    void historyCorrespondentsDescriptionsAndCommentsShowCardNumbersMaskedInTableAndJson() throws IOException {
        server.byDefault("get_documents_history_ext", Answer.ok(Hostile.history(
                "RUCARD: " + Hostile.grouped(CORRESPONDENT, " "), "refund to " + DESCRIPTION,
                "card " + Hostile.grouped(COMMENT, "-") + ".")));

        Cli.Result table = run("history");
        assertThat(table.code()).as("%s", table).isZero();
        noFullCard("history table", table.all());
        assertThat(table.out()).contains("RUCARD: " + masked(CORRESPONDENT, " "))
                .contains("refund to " + masked(DESCRIPTION, ""));

        Cli.Result json = run("--output", "json", "history");
        assertThat(json.code()).as("%s", json).isZero();
        noFullCard("history json", json.all());
        String shown = JSON.readTree(json.out()).toString();
        assertThat(shown).contains("RUCARD: " + masked(CORRESPONDENT, " "), "refund to " + masked(DESCRIPTION, ""),
                "card " + masked(COMMENT, "-") + ".");
    }

    @Test
    void batchRecordsShowBeneficiariesDescriptionsAndErrorDetailsMasked() throws IOException {
        server.byDefault("get_batch_info", Answer.ok(Hostile.batchPage(BENEFICIARY,
                "payout to " + Hostile.grouped(DESCRIPTION, " "), "card " + ERROR_DETAILS + " declined")));

        Cli.Result table = run("batch", "status", Hostile.BATCH_ID);
        assertThat(table.code()).as("%s", table).isZero();
        noFullCard("batch status table", table.all());
        assertThat(table.out()).contains(masked(BENEFICIARY, ""));

        Cli.Result json = run("--output", "json", "batch", "status", Hostile.BATCH_ID);
        assertThat(json.code()).as("%s", json).isZero();
        noFullCard("batch status json", json.all());
        assertThat(JSON.readTree(json.out()).toString()).contains("card " + masked(ERROR_DETAILS, "") + " declined");
    }

    @Test
    void uploadRejectionReasonsShowCardNumbersMasked() throws IOException {
        server.byDefault("import_batch_advanced", Answer.ok(Hostile.receipt("card " + REJECTION + " is blocked")));
        Path file = Files.writeString(dir.resolve("payouts.csv"),
                "RUCARD;" + UPLOADED + ";3000.00;RUR;PAN-1;Payout;Ivan;Ivanov\n", StandardCharsets.UTF_8);

        for (String output : List.of("table", "json")) {
            Cli.Result run = run("--output", output, "batch", "submit", file.toString(), "--verify", "pin");
            assertThat(run.code()).as("%s", run).isZero();
            noFullCard("upload receipt " + output, run.all());
            assertThat(run.all()).contains("card " + masked(REJECTION, "") + " is blocked");
        }
    }

    @Test
    void apiErrorMessagesShowCardNumbersMaskedOnStderrAndInExceptions() {
        server.enqueue("get_accounts", Answer.json(Hostile.refusal(5, "card " + Hostile.grouped(API_MESSAGE, " ")
                + " is not allowed")));
        Cli.Result run = run("accounts");
        assertThat(run.code()).as("%s", run).isEqualTo(1);
        noFullCard("API error on stderr", run.all());
        assertThat(run.err()).contains("card " + masked(API_MESSAGE, " ") + " is not allowed");

        server.enqueue("get_accounts", Answer.json(Hostile.refusal(5, "card " + API_MESSAGE + " is not allowed")));
        try (CapitalistHttpApi api = api()) {
            Throwable failure = Stages.settle(api.getAccounts()).failure();
            assertThat(failure).isInstanceOf(ApiException.class);
            noFullCard("ApiException", SecretScan.describe(failure));
            assertThat(((ApiException) failure).serverMessage()).isEqualTo("card " + masked(API_MESSAGE, "") + " is not allowed");
        }
    }

    @Test
    void aServerErrorPageEchoingTheUploadShowsItsCardNumbersMasked() throws IOException {
        server.byDefault("import_batch_advanced", request -> Answer.text(500, "Internal error. Request was: "
                + request.bodyText() + " -- decoded: " + request.field("batch").orElse("")));
        Path file = Files.writeString(dir.resolve("echoed.csv"),
                "RUCARD;" + UPLOADED + ";3000.00;RUR;PAN-2;Payout;Ivan;Ivanov\n", StandardCharsets.UTF_8);

        Cli.Result run = run("batch", "submit", file.toString(), "--verify", "pin");
        assertThat(run.code()).as("outcome unknown: %s", run).isEqualTo(3);
        noFullCard("500 echo of the upload", run.all());
        assertThat(run.err()).contains(masked(UPLOADED, ""));

        server.byDefault("get_accounts", request -> Answer.text(500, "echo: " + request.bodyText() + " card "
                + Hostile.grouped(API_MESSAGE, "-")));
        try (CapitalistHttpApi api = api()) {
            Throwable failure = Stages.settle(api.getAccounts()).failure();
            assertThat(failure).isInstanceOf(HttpStatusException.class);
            noFullCard("HttpStatusException", SecretScan.describe(failure));
            assertThat(((HttpStatusException) failure).bodyExcerpt()).contains(masked(API_MESSAGE, "-"));
        }
    }

    @Test
    void theDebugLogNeverShowsACardNumberOfTheseAnswers() throws IOException {
        historyCorrespondentsDescriptionsAndCommentsShowCardNumbersMaskedInTableAndJson();
        apiErrorMessagesShowCardNumbersMaskedOnStderrAndInExceptions();
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("reliability.logFile")), StandardCharsets.UTF_8);
        assertThat(lines).as("the suite logs at debug into this file").isNotEmpty();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String digits = lines.get(i).replace(" ", "").replace("-", "");
            for (String card : CARDS) {
                if (digits.contains(card)) {
                    found.add("log line " + (i + 1) + ": " + lines.get(i));
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private CapitalistHttpApi api() {
        return VertxHttp.create(HttpOptions.builder().baseUrl(server.uri()).readRetries(0)
                        .authMode(io.capitalist4j.adapter.http.AuthMode.PLAIN).build(),
                Credentials.of(LOGIN, Secret.of("pan-test-password")), BouncyCastleSigning.passwordCipher());
    }
}
