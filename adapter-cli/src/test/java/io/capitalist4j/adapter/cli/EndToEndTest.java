package io.capitalist4j.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command against the testkit server in-process, in both output modes and both wire formats: data on
 * stdout (valid JSON with {@code --output json}), progress on stderr, exit 0, and no secret anywhere.
 */
class EndToEndTest extends WithTestBank {
    private static final ObjectMapper JSON = new ObjectMapper();
    // The server dates documents in its own zone (Moscow): a window around today holds them at any hour.
    static final String FROM = io.capitalist4j.domain.document.Period.WIRE.format(LocalDate.now().minusDays(1));
    static final String TO = io.capitalist4j.domain.document.Period.WIRE.format(LocalDate.now().plusDays(1));

    static Stream<Arguments> modes() {
        return Stream.of(Arguments.of("json", "table"), Arguments.of("json", "json"), Arguments.of("csv", "table"),
                Arguments.of("csv", "json"));
    }

    @ParameterizedTest(name = "wire {0}, output {1}")
    @MethodSource("modes")
    void submitsASignedBatchAndFollowsEveryRecordToItsEnd(String wire, String output) throws Exception {
        Path file = bank.freshPayouts();
        List<String> numbers = TestBank.paymentNumbers(file);

        CliRun.Result run = ok(bank.cli().run(bank.args(wire, output, "batch", "submit", file.toString(), "--verify",
                "signature", "--key", bank.encryptedKey.toString(), "--wait", "--interval", "20ms")));

        assertThat(run.err()).contains("uploaded batch").containsPattern("batch \\S+: 9/9 final");
        assertThat(run.out()).as("progress stays on stderr").doesNotContain("/9 final").doesNotContain("uploaded batch");
        if (output.equals("json")) {
            JsonNode node = JSON.readTree(run.out());
            assertThat(node.get("verification").asText()).isEqualTo("SIGNATURE");
            assertThat(node.get("records")).extracting(r -> r.get("paymentNumber").asText()).containsExactlyElementsOf(numbers);
            assertThat(node.get("records")).extracting(r -> r.get("state").asText()).containsOnly("PROCESSED");
            assertThat(node.get("summary").get("BTC").asText()).isEqualTo("0.00150000");
        } else {
            assertThat(run.out()).contains(numbers.toArray(new String[0])).contains("9 records: 9 PROCESSED")
                    .contains("427638******6889");
        }
        assertThat(run.out()).doesNotContain("4276380079956889");
    }

    @ParameterizedTest(name = "wire {0}, output {1}")
    @MethodSource("modes")
    void submitsWithThePinThenShowsTheStatusSearchesAndReconciles(String wire, String output) throws Exception {
        Path file = bank.freshPayouts();
        List<String> numbers = TestBank.paymentNumbers(file);
        CliRun.Result submitted = ok(bank.cli().run(bank.args(wire, "json", "batch", "submit", file.toString(),
                "--verify", "pin", "--wait", "--interval", "20ms")));
        String batchId = JSON.readTree(submitted.out()).get("batchId").asText();

        CliRun.Result status = ok(bank.cli().run(bank.args(wire, output, "batch", "status", batchId)));
        CliRun.Result search = ok(bank.cli().run(bank.args(wire, output, "search", "--number", numbers.get(2), "--from", FROM, "--to", TO)));
        CliRun.Result reconcile = ok(bank.cli().run(bank.args(wire, output, "reconcile", file.toString(), "--from", FROM, "--to", TO)));

        if (output.equals("json")) {
            JsonNode records = JSON.readTree(status.out()).get("records");
            assertThat(records).hasSize(9).extracting(r -> r.get("state").asText()).containsOnly("PROCESSED");
            JsonNode found = JSON.readTree(search.out());
            assertThat(found).hasSize(1);
            assertThat(found.get(0).get("paymentNumber").asText()).isEqualTo(numbers.get(2));
            assertThat(found.get(0).get("batchId").asText()).isEqualTo(batchId);
            JsonNode reconciled = JSON.readTree(reconcile.out());
            assertThat(reconciled).extracting(o -> o.get("paymentNumber").asText()).containsExactlyElementsOf(numbers);
            assertThat(reconciled).extracting(o -> o.get("status").asText()).containsOnly("FOUND");
        } else {
            assertThat(status.out()).contains(batchId + " (complete)").contains("9 records: 9 PROCESSED");
            assertThat(search.out()).contains(numbers.get(2)).contains("PROCESSED");
            assertThat(reconcile.out()).contains("9 payment numbers: 9 found (0 more than once), 0 not found");
            // the protocol has two identifiers for one payment: get_batch_info's document id and the document
            // number of search and history; the tables name them apart
            assertThat(status.out()).contains("DOCUMENT ID").doesNotContain("DOCUMENT NO");
            assertThat(search.out()).contains("DOCUMENT NO").doesNotContain("DOCUMENT ID");
            assertThat(reconcile.out()).contains("DOCUMENT NO").doesNotContain("DOCUMENT ID");
        }
    }

    @ParameterizedTest(name = "wire {0}, output {1}")
    @MethodSource("modes")
    void uploadsForSmsThenConfirmsWithTheCodeAndWaitsForTheStatus(String wire, String output) throws Exception {
        Path file = bank.freshPayouts();
        CliRun.Result submitted = ok(bank.cli().run(bank.args(wire, "json", "batch", "submit", file.toString(),
                "--verify", "sms")));
        String batchId = JSON.readTree(submitted.out()).get("batchId").asText();
        assertThat(submitted.err()).contains("capitalist batch confirm " + batchId + " --sms-code CODE");

        CliRun.Result confirmed = ok(bank.cli().run(bank.args(wire, output, "batch", "confirm", batchId, "--sms-code",
                TestBank.SMS_CODE)));
        CliRun.Result status = ok(bank.cli().run(bank.args(wire, output, "batch", "status", batchId, "--wait",
                "--interval", "20ms")));

        if (output.equals("json")) {
            assertThat(JSON.readTree(confirmed.out()).get("confirmed").asBoolean()).isTrue();
            assertThat(JSON.readTree(status.out()).get("complete").asBoolean()).isTrue();
        } else {
            assertThat(confirmed.out()).contains("batch " + batchId + " confirmed");
            assertThat(status.out()).contains("9 records: 9 PROCESSED");
        }
        assertThat(status.err()).contains("9/9 final");
    }

    @ParameterizedTest(name = "wire {0}, output {1}")
    @MethodSource("modes")
    void listsAccountsRatesVerificationFeeAndHistory(String wire, String output) throws Exception {
        ok(bank.cli().run(bank.args(wire, "table", "batch", "submit", bank.freshPayouts().toString(), "--verify", "pin")));

        CliRun.Result accounts = ok(bank.cli().run(bank.args(wire, output, "accounts")));
        CliRun.Result rates = ok(bank.cli().run(bank.args(wire, output, "rates")));
        CliRun.Result verified = ok(bank.cli().run(bank.args(wire, output, "verified", "U0000001")));
        CliRun.Result fee = ok(bank.cli().run(bank.args(wire, output, "fee", "--type", "RUCARD", "--source", "R0000001",
                "--amount", "3000.00")));
        CliRun.Result history = ok(bank.cli().run(bank.args(wire, output, "history", "--from", FROM, "--to", TO, "--state", "any")));

        if (output.equals("json")) {
            assertThat(JSON.readTree(accounts.out()).get("accounts")).extracting(a -> a.get("number").asText())
                    .contains("R0000001", "U0000001", "E0000001", "B0000001");
            assertThat(JSON.readTree(rates.out()).get("buy")).isNotEmpty();
            assertThat(JSON.readTree(verified.out()).get("verified").asBoolean()).isTrue();
            assertThat(JSON.readTree(fee.out()).get("amount").asText()).isEqualTo("3000.00");
            assertThat(JSON.readTree(history.out())).isNotEmpty();
        } else {
            assertThat(accounts.out()).contains("R0000001", "B0000001", "AVAILABLE");
            assertThat(rates.out()).contains("buy", "sell");
            assertThat(verified.out()).contains("U0000001 verified");
            assertThat(fee.out()).contains("RUCARD", "R0000001", "3000.00");
            assertThat(history.out()).contains("R0000001");
        }
    }

    /** Exit 0, stdout holds exactly the data (JSON that parses, when asked for), and no secret anywhere. */
    static CliRun.Result ok(CliRun.Result run) throws Exception {
        assertThat(run.code()).as(run.toString()).isZero();
        if (run.args().contains("--output") && run.args().get(run.args().indexOf("--output") + 1).equals("json")) {
            JSON.readTree(run.out());
        } else {
            assertThat(run.out().trim()).doesNotStartWith("{").doesNotStartWith("[");
        }
        noSecrets(run);
        return run;
    }

    static void noSecrets(CliRun.Result run) {
        List<String> present = new ArrayList<>();
        for (String secret : TestBank.SECRETS) {
            if (run.all().contains(secret)) {
                present.add(secret);
            }
        }
        assertThat(present).as(run.toString()).isEmpty();
    }
}
