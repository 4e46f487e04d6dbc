package io.capitalist4j.adapter.cli;

import static io.capitalist4j.adapter.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capitalist4j.testkit.api2.Api2Fault;
import io.capitalist4j.testkit.api2.Api2Operation;
import io.capitalist4j.testkit.api2.Api2SandboxConfig;
import io.capitalist4j.testkit.api2.Api2SandboxIdentity;
import io.capitalist4j.testkit.api2.Api2Timeline;
import io.capitalist4j.testkit.api2.FakeApi2Server;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command under {@code --api 2}, against the fake API2 server in-process on 127.0.0.1. */
class Api2CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NUMBERS = List.of("API2-0001", "API2-0002", "API2-0003", "API2-0004",
            "API2-0005", "API2-0006", "API2-0007", "API2-0008");

    @TempDir
    Path dir;

    private FakeApi2Server server;

    @BeforeEach
    void start() {
        // pending until its second lookup: --wait must poll at least twice, whatever the clock does
        server = FakeApi2Server.start(Api2SandboxConfig.builder().timeline(Api2Timeline.afterLookups(2)).build(), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CliRun api2() {
        return cli().env(EnvVars.API_KEY, Api2SandboxIdentity.API_KEY).env(EnvVars.API_SECRET, Api2SandboxIdentity.API_SECRET);
    }

    private String[] args(String... command) {
        List<String> all = new ArrayList<>(List.of("--api", "2", "--url", server.uri().toString()));
        all.addAll(List.of(command));
        return all.toArray(new String[0]);
    }

    private String journal() {
        return "jdbc:h2:file:" + dir.resolve("journal").toAbsolutePath();
    }

    @Test
    void accountsListsEveryAccountOrOneCurrencysAndNeverPrintsTheSecret() {
        CliRun.Result all = api2().run(args("accounts"));
        CliRun.Result rur = api2().run(args("--output", "json", "accounts", "--currency", "RUR"));

        assertThat(all.code()).as(all.toString()).isZero();
        assertThat(all.out()).contains(Api2SandboxIdentity.RUR_ACCOUNT, Api2SandboxIdentity.USD_ACCOUNT,
                Api2SandboxIdentity.BTC_ACCOUNT).contains("1000000.00");
        assertThat(rur.code()).as(rur.toString()).isZero();
        assertThat(rur.out()).contains(Api2SandboxIdentity.RUR_ACCOUNT).doesNotContain(Api2SandboxIdentity.USD_ACCOUNT);
        assertThat(all.all() + rur.all()).doesNotContain(Api2SandboxIdentity.API_SECRET);
    }

    @Test
    void ratesShowTheDefaultPairsOrTheOneAskedFor() throws Exception {
        CliRun.Result pairs = api2().run(args("rates"));
        CliRun.Result one = api2().run(args("--output", "json", "rates", "--from", "EUR", "--to", "USD"));
        CliRun.Result half = api2().run(args("rates", "--from", "EUR"));

        assertThat(pairs.code()).as(pairs.toString()).isZero();
        assertThat(pairs.out().lines().filter(l -> l.matches("\\s*\\S+\\s+(RUR|USD)\\s+[0-9.]+\\s*"))).hasSize(6);
        assertThat(one.code()).as(one.toString()).isZero();
        JsonNode rates = JSON.readTree(one.out()).get("rates");
        assertThat(rates).hasSize(1);
        assertThat(rates.get(0).get("from").asText()).isEqualTo("EUR");
        assertThat(rates.get(0).get("rate").asText()).isNotEmpty();
        assertThat(half.code()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void batchSubmitSendsEveryLineOnceAndWaitsUntilEachIsFinal() throws Exception {
        CliRun.Result run = api2().run(args("--journal", journal(), "--output", "json", "batch", "submit",
                Examples.PAYOUTS_API2.toString(), "--wait"));

        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode results = JSON.readTree(run.out()).get("results");
        assertThat(results).extracting(r -> r.get("paymentNumber").asText()).containsExactlyElementsOf(NUMBERS);
        assertThat(results).extracting(r -> r.get("status").asText()).containsOnly("CREATED");
        assertThat(results).extracting(r -> r.get("payment").get("state").asText()).containsOnly("EXECUTED");
        assertThat(server.requests(Api2Operation.PAYMENT_CREATE)).hasSize(NUMBERS.size());
        assertThat(run.err()).contains("8 created, 0 refused, 0 outcome unknown");
        assertThat(run.all()).doesNotContain(Api2SandboxIdentity.API_SECRET);
    }

    @Test
    void aResubmittedFileIsRefusedByTheJournalWithExit6AndNothingIsSent() {
        CliRun.Result first = api2().run(args("--journal", journal(), "batch", "submit", Examples.PAYOUTS_API2.toString()));
        assertThat(first.code()).as(first.toString()).isZero();

        CliRun.Result again = api2().run(args("--journal", journal(), "batch", "submit", Examples.PAYOUTS_API2.toString()));
        CliRun.Result skipping = api2().run(args("--journal", journal(), "batch", "submit",
                Examples.PAYOUTS_API2.toString(), "--skip-sent"));

        assertThat(again.code()).as(again.toString()).isEqualTo(ExitCode.WOULD_PAY_TWICE);
        assertThat(again.err()).contains("refused: would pay twice").contains("API2-0001");
        assertThat(skipping.code()).as(skipping.toString()).isZero();
        assertThat(skipping.err()).contains("nothing to send");
        assertThat(server.requests(Api2Operation.PAYMENT_CREATE)).hasSize(NUMBERS.size());
    }

    @Test
    void anOutcomeUnknownIsExit3AndJournalRecoverSettlesItOverApi2() {
        server.faults().always(Api2Operation.PAYMENT_CREATE, Api2Fault.dropAfter())
                .always(Api2Operation.PAYMENT_BY_USER_REQUEST_ID, Api2Fault.statusBefore(503));

        CliRun.Result lost = api2().run(args("--journal", journal(), "batch", "submit", Examples.PAYOUTS_API2.toString()));

        assertThat(lost.code()).as(lost.toString()).isEqualTo(ExitCode.OUTCOME_UNKNOWN);
        assertThat(lost.err()).contains("do NOT send them again").contains("capitalist --api 2 --url")
                .contains("journal recover");
        assertThat(lost.out()).contains("outcome unknown");

        server.faults().clear();
        // the payouts ended with an unknown outcome (noted), so the default quiet period does not hold them back
        CliRun.Result recovered = api2().run(args("--journal", journal(), "journal", "recover"));
        CliRun.Result listed = api2().run(args("--journal", journal(), "--output", "json", "journal", "list"));

        assertThat(recovered.code()).as(recovered.toString()).isZero();
        assertThat(recovered.out()).contains("8 sent, 0 released");
        assertThat(listed.out()).contains("\"sent\"").doesNotContain("in-doubt");
        assertThat(server.payments()).hasSize(NUMBERS.size()); // created once each, never resent
    }

    @Test
    void searchAndPaymentStatusFindAPaymentByItsNumberAndHistoryReadsTheTransactions() throws Exception {
        assertThat(api2().run(args("--no-journal", "batch", "submit", Examples.PAYOUTS_API2.toString())).code()).isZero();

        CliRun.Result search = api2().run(args("search", "--number", "API2-0002"));
        CliRun.Result status = api2().run(args("--output", "json", "payment", "status", "API2-0007"));
        CliRun.Result unknown = api2().run(args("payment", "status", "NO-SUCH"));
        CliRun.Result history = api2().run(args("--output", "json", "history"));

        assertThat(search.code()).as(search.toString()).isZero();
        assertThat(search.out()).contains("API2-0002").contains("CAPITALIST").contains("250.00");
        assertThat(status.code()).as(status.toString()).isZero();
        JsonNode payment = JSON.readTree(status.out()).get(0);
        assertThat(payment.get("paymentNumber").asText()).isEqualTo("API2-0007");
        assertThat(payment.get("type").asText()).isEqualTo("WORLDCARDUSD");
        assertThat(payment.get("account").asText()).isEqualTo("550000******0004"); // the card, masked
        assertThat(unknown.code()).as(unknown.toString()).isEqualTo(ExitCode.API_ERROR);
        assertThat(unknown.err()).contains("no payment with payment number NO-SUCH");
        assertThat(history.code()).as(history.toString()).isZero();
        JsonNode transactions = JSON.readTree(history.out());
        assertThat(transactions.size()).isGreaterThanOrEqualTo(NUMBERS.size());
        assertThat(transactions).extracting(t -> t.get("type").asText()).contains("OUT");
    }

    @Test
    void v1OnlyCommandsExit2UnderApi2AndApi2OnlyCommandsExit2UnderApi1() throws Exception {
        Path file = Files.writeString(dir.resolve("f.csv"), "CAPITALIST;R0000002;1.00;RUR;N-1;x\n");
        List<String[]> v1Only = List.of(new String[] {"verified", "U0000002"},
                new String[] {"fee", "--type", "RUCARD", "--source", "R0000001", "--amount", "1.00"},
                new String[] {"batch", "confirm", "7a157e3d-cb28-4565-9ba9-218a606810b3", "--sms-code", "1"},
                new String[] {"batch", "sign", file.toString()});
        for (String[] command : v1Only) {
            CliRun.Result run = api2().run(args(command));
            assertThat(run.code()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).as(run.toString()).contains("is v1-only");
        }
        List<String[]> api2Only = List.of(new String[] {"whitelist"}, new String[] {"deposit-address", "BTC"},
                new String[] {"exchange", "--from", "U0123504", "--to", "R0123505", "--amount", "1.00"});
        for (String[] command : api2Only) {
            CliRun.Result run = cli().run(command);
            assertThat(run.code()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).as(run.toString()).contains("is API2-only");
        }
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void whitelistDepositAddressAndExchangeTalkToApi2() {
        CliRun.Result address = api2().run(args("deposit-address", "BTC"));
        CliRun.Result exchange = api2().run(args("exchange", "--from", Api2SandboxIdentity.USD_ACCOUNT, "--to",
                Api2SandboxIdentity.EUR_ACCOUNT, "--amount", "100.00"));
        CliRun.Result listed = api2().run(args("whitelist"));
        CliRun.Result added = api2().run(args("whitelist", "add", "127.0.0.1"));

        assertThat(address.code()).as(address.toString()).isZero();
        assertThat(address.out()).startsWith("BTC: ");
        assertThat(exchange.code()).as(exchange.toString()).isZero();
        assertThat(server.balance(Api2SandboxIdentity.USD_ACCOUNT)).isEqualByComparingTo("99900.00");
        assertThat(listed.code()).as(listed.toString()).isZero();
        assertThat(added.code()).as(added.toString()).isZero();
        assertThat(server.whitelist()).contains("127.0.0.1");
    }

    @Test
    void aWrongSecretIsExit1AndAServerFailureExit4AndNeitherPrintsTheSecret() {
        String wrong = "wrong-secret-value-0042";
        CliRun.Result refused = cli().env(EnvVars.API_KEY, Api2SandboxIdentity.API_KEY).env(EnvVars.API_SECRET, wrong)
                .run(args("accounts", "--currency", "RUR"));
        server.faults().always(Api2Operation.ACCOUNT_LIST, Api2Fault.statusBefore(503));
        CliRun.Result down = api2().run(args("accounts", "--currency", "RUR"));

        assertThat(refused.code()).as(refused.toString()).isEqualTo(ExitCode.API_ERROR);
        assertThat(refused.err()).contains("authentication");
        assertThat(refused.all()).doesNotContain(wrong);
        assertThat(down.code()).as(down.toString()).isEqualTo(ExitCode.TRANSPORT);
        assertThat(down.all()).doesNotContain(Api2SandboxIdentity.API_SECRET);
    }

    @Test
    void theSecretComesFromAFileOrTheEnvironmentNeverAFlagAndTheKeyIsRequired() throws Exception {
        Path secretFile = Files.writeString(dir.resolve("secret"), Api2SandboxIdentity.API_SECRET + "\n");
        CliRun.Result fromFile = cli().env(EnvVars.API_KEY, Api2SandboxIdentity.API_KEY)
                .run(args("--api-secret-file", secretFile.toString(), "accounts", "--currency", "USD"));
        CliRun.Result asFlag = cli().env(EnvVars.API_KEY, Api2SandboxIdentity.API_KEY)
                .run(args("--api-secret", "flag-secret-value-77", "accounts"));
        CliRun.Result noKey = cli().env(EnvVars.API_SECRET, Api2SandboxIdentity.API_SECRET).run(args("accounts"));

        assertThat(fromFile.code()).as(fromFile.toString()).isZero();
        assertThat(fromFile.out()).contains(Api2SandboxIdentity.USD_ACCOUNT);
        assertThat(asFlag.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(asFlag.all()).contains(EnvVars.API_SECRET).doesNotContain("flag-secret-value-77");
        assertThat(noKey.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noKey.err()).contains(EnvVars.API_KEY);
        assertThat(fromFile.all() + noKey.all()).doesNotContain(Api2SandboxIdentity.API_SECRET);
    }

    @Test
    void aLineApi2CannotSendStopsTheBatchBeforeAnythingIsSent() throws Exception {
        Path file = Files.writeString(dir.resolve("v1-only.csv"),
                "CAPITALIST;R0000002;1.00;RUR;N-1;x\nUKRCARD;4400430000000007;40.00;USD;N-2;Payout\n");

        CliRun.Result validate = api2().run(args("batch", "validate", file.toString()));
        CliRun.Result submit = api2().run(args("--no-journal", "batch", "submit", file.toString()));

        assertThat(validate.code()).as(validate.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(validate.out()).contains("UKRCARD is v1-only");
        assertThat(submit.code()).as(submit.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(submit.err()).contains("line 2");
        assertThat(server.requests(Api2Operation.PAYMENT_CREATE)).isEmpty();
    }

    @Test
    void api2RefusesTheSamePaymentNumberRulesBeforeAnythingIsSent() throws Exception {
        Path file = Files.writeString(dir.resolve("attacker.csv"), "WM;Z112224443331;15.50;USD;TRAIL-1 ;Payout\n"
                + "WM;Z112224443331;15.50;USD;ＴＷＩＮ-1;Payout\n"
                + "WM;Z112224443331;15.50;USD;twin-1;Payout\n");

        CliRun.Result submit = api2().run(args("--no-journal", "batch", "submit", file.toString()));

        assertThat(submit.code()).as(submit.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(submit.err()).contains("line 1, paymentNumber: payment number ends with white space (U+0020 SPACE)")
                .contains("line 3, paymentNumber: payment number 'twin-1' is the same as 'ＴＷＩＮ-1' on line 2");
        assertThat(server.requests(Api2Operation.PAYMENT_CREATE)).isEmpty();
    }
}
