package io.capitalist4j.adapter.cli;

import static io.capitalist4j.adapter.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capitalist4j.testkit.OutcomePolicy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After {@code --wait} the totals say what happened to the money (paid, declined, pending, per currency), not what
 * was uploaded; before it, what was accepted, under a name that says what it is; never a row for a currency the
 * file does not use.
 */
class OutcomeTotalsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    /** Payouts above 2000 are declined: PAY-0003 (3000.00 RUR) and PAY-0004 (2500.00 RUR) of the example file. */
    static TestBank bank;

    @BeforeAll
    static void start() {
        bank = TestBank.start(dir, Duration.ofMillis(40), config -> config.outcomePolicy(
                OutcomePolicy.declineAmountsAbove(new BigDecimal("2000"), "limit exceeded")));
    }

    @AfterAll
    static void stop() {
        bank.close();
    }

    @Test
    void afterTheWaitTheTotalsArePaidDeclinedAndPendingPerCurrency() {
        CliRun.Result run = bank.cli().run(bank.args("json", "table", "batch", "submit", bank.freshPayouts().toString(),
                "--verify", "pin", "--wait", "--interval", "20ms"));

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("(?m)^CURRENCY +PAID +DECLINED +PENDING$")
                .containsPattern("(?m)^RUR +2700\\.00 +5500\\.00 +0\\.00$")
                .containsPattern("(?m)^USD +425\\.50 +0\\.00 +0\\.00$")
                .containsPattern("(?m)^BTC +0\\.00150000 +0\\.00000000 +0\\.00000000$")
                .as("no row for a currency the file does not use").doesNotContainPattern("(?m)^EUR ")
                .as("the uploaded totals are not repeated as if they were outcomes").doesNotContain("NET")
                .doesNotContain("TOTAL DEBIT");
    }

    @Test
    void theJsonOfTheWaitCarriesTheSameTotalsAfterTheRecords() throws Exception {
        CliRun.Result run = bank.cli().run(bank.args("json", "json", "batch", "submit", bank.freshPayouts().toString(),
                "--verify", "pin", "--wait", "--interval", "20ms"));

        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode totals = JSON.readTree(run.out()).get("totals");
        assertThat(totals.get("RUR").get("paid").asText()).isEqualTo("2700.00");
        assertThat(totals.get("RUR").get("declined").asText()).isEqualTo("5500.00");
        assertThat(totals.get("RUR").get("pending").asText()).isEqualTo("0.00");
        assertThat(totals.has("EUR")).isFalse();
    }

    @Test
    void batchStatusShowsTheTotalsByOutcomeToo() throws Exception {
        CliRun.Result submitted = bank.cli().run(bank.args("json", "json", "batch", "submit",
                bank.freshPayouts().toString(), "--verify", "pin", "--wait", "--interval", "20ms"));
        String id = JSON.readTree(submitted.out()).get("batchId").asText();

        CliRun.Result status = bank.cli().run(bank.args("json", "table", "batch", "status", id));

        assertThat(status.code()).as(status.toString()).isZero();
        assertThat(status.out()).containsPattern("(?m)^RUR +2700\\.00 +5500\\.00 +0\\.00$");
    }

    @Test
    void withoutTheWaitTheAcceptedTotalsAreNamedForWhatTheyAreWithoutEmptyCurrencies() {
        CliRun.Result run = bank.cli().run(bank.args("json", "table", "batch", "submit", bank.freshPayouts().toString(),
                "--verify", "pin"));

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("(?m)^CURRENCY +AMOUNT +FEE +TOTAL DEBIT$")
                .containsPattern("(?m)^RUR +8200\\.00 +0\\.00 +8200\\.00$")
                .doesNotContain("NET").doesNotContainPattern("(?m)^EUR ");
    }

    @Test
    void theApi2WaitTotalsWhatEachPaymentEndedIn() {
        CliRun.Result run = cli().run("--sandbox", "--api", "2", "batch", "submit", Examples.PAYOUTS_API2.toString(), "--wait");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("(?m)^CURRENCY +PAID +DECLINED +PENDING$")
                .containsPattern("(?m)^RUR +1800\\.00 +0\\.00 +0\\.00$")
                .containsPattern("(?m)^EUR +175\\.00 +0\\.00 +0\\.00$");
        assertThat(run.err()).contains("payouts: 8/8 final (EXECUTED 8)");
    }
}
