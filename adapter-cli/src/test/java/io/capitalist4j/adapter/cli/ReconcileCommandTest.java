package io.capitalist4j.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * reconcile against the sandbox: a number is found only when its document pays what the file says; one that pays
 * something else is "differs" and, like a number found several times, ends the command with exit code 7.
 */
class ReconcileCommandTest extends WithTestBank {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path uploaded;
    private static Path changed;
    private static String changedNumber;

    /** Uploads the example file once; {@code changed} is the same file with the WM line's 15.50 USD made 16.00. */
    @BeforeAll
    static void uploadTheFileAndChangeOneAmountInACopy() throws Exception {
        uploaded = bank.freshPayouts();
        CliRun.Result submitted = bank.cli().run(bank.args("json", "json", "batch", "submit", uploaded.toString(),
                "--verify", "pin"));
        assertThat(submitted.code()).as(submitted.toString()).isZero();
        String text = Files.readString(uploaded, StandardCharsets.UTF_8);
        assertThat(text).contains(";15.50;USD;");
        changed = uploaded.resolveSibling("changed-" + uploaded.getFileName());
        Files.writeString(changed, text.replace(";15.50;USD;", ";16.00;USD;"), StandardCharsets.UTF_8);
        changedNumber = TestBank.paymentNumbers(uploaded).get(5);
    }

    private static CliRun.Result reconcile(String output, Path file) {
        return bank.cli().run(bank.args("json", output, "reconcile", file.toString(), "--from", EndToEndTest.FROM,
                "--to", EndToEndTest.TO));
    }

    @Test
    void theFileAsUploadedIsFoundEverywhereAndExitsZero() throws Exception {
        CliRun.Result table = reconcile("table", uploaded);
        CliRun.Result json = reconcile("json", uploaded);

        assertThat(table.code()).as(table.toString()).isZero();
        assertThat(table.out()).contains("9 payment numbers: 9 found (0 more than once), 0 not found, 0 differing from the file")
                .doesNotContain("differs");
        assertThat(table.err()).doesNotContain("a person must look");
        assertThat(json.code()).as(json.toString()).isZero();
        assertThat(JSON.readTree(json.out())).extracting(o -> o.get("status").asText()).hasSize(9).containsOnly("FOUND");
        assertThat(JSON.readTree(json.out())).allSatisfy(o -> assertThat(o.has("differs")).isFalse());
    }

    @Test
    void aLineWhoseAmountIsNotTheDocumentsDiffersAndExitsSevenInTheTable() {
        CliRun.Result run = reconcile("table", changed);

        assertThat(run.code()).as(run.toString()).isEqualTo(7);
        String row = run.out().lines().filter(l -> l.startsWith(changedNumber + " ")).findFirst().orElseThrow();
        assertThat(row).contains(" differs ").contains("15.50").contains("USD")
                .endsWith("amount 15.50 USD on the document, 16.00 USD in the file");
        assertThat(run.out().lines().filter(l -> l.contains(" yes "))).hasSize(8);
        assertThat(run.out()).contains("9 payment numbers: 8 found (0 more than once), 0 not found, 1 differing from the file");
        assertThat(run.err()).contains("a person must look: 1 payment number differs from the file (" + changedNumber
                + "); do NOT send it again");
    }

    @Test
    void aLineWhoseAmountIsNotTheDocumentsDiffersAndExitsSevenInJson() throws Exception {
        CliRun.Result run = reconcile("json", changed);

        assertThat(run.code()).as(run.toString()).isEqualTo(7);
        JsonNode all = JSON.readTree(run.out());
        assertThat(all).hasSize(9);
        JsonNode differing = all.get(5);
        assertThat(differing.get("paymentNumber").asText()).isEqualTo(changedNumber);
        assertThat(differing.get("status").asText()).isEqualTo("DIFFERS");
        assertThat(differing.get("found").asBoolean()).as("the server holds the number: never send it again").isTrue();
        assertThat(differing.get("differs")).extracting(JsonNode::asText)
                .containsExactly("amount 15.50 USD on the document, 16.00 USD in the file");
        assertThat(differing.get("documents")).hasSize(1);
        assertThat(differing.get("documents").get(0).get("amount").asText()).isEqualTo("15.50");
        assertThat(all).extracting(o -> o.get("status").asText()).filteredOn("FOUND"::equals).hasSize(8);
    }

    @Test
    void numbersNeverUploadedAreNotFoundAndStillExitZero() {
        CliRun.Result run = reconcile("table", bank.freshPayouts());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("9 payment numbers: 0 found (0 more than once), 9 not found, 0 differing from the file");
        assertThat(List.of(run.err())).noneMatch(e -> e.contains("a person must look"));
    }
}
