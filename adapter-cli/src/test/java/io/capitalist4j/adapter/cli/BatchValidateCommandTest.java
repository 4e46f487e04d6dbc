package io.capitalist4j.adapter.cli;

import static io.capitalist4j.adapter.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchValidateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void acceptsTheExampleFileWithTotalsPerCurrency() {
        CliRun.Result run = cli().run("batch", "validate", Examples.PAYOUTS.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("9 payment orders, all valid").contains("RUR").contains("8200.00")
                .contains("BTC").contains("0.00150000");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void listsTheBadLineWithItsFieldAndExitsWithTwo() {
        CliRun.Result run = cli().run("batch", "validate", Examples.WITH_BAD_LINE.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).containsPattern("(?m)^\\s*3\\s+card\\s+fails the Luhn check");
        assertThat(run.out()).doesNotContain("4276380079956881").contains("6881");
        assertThat(run.err()).contains("1 problem");
    }

    @Test
    void reportsEveryBadLineNotOnlyTheFirstAsJson() throws Exception {
        Path file = write("CAPITALIST;R0000002;10.00;RUR;A-1;ok\n"
                + "CAPITALIST;R0000002;10.001;RUR;A-2;too many decimals\n"
                + "SBP;79030001122;1200.00;RUR;NoSuchBank;Anna;Petrova;anna@example.com;A-3;Payout\n"
                + "CAPITALIST;R0000002;10.00;RUR;A-1;same number again\n");

        CliRun.Result run = cli().run("--output", "json", "batch", "validate", file.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        JsonNode node = JSON.readTree(run.out());
        assertThat(node.get("valid").asBoolean()).isFalse();
        assertThat(node.get("problems")).extracting(p -> p.get("line").asInt() + ":" + p.get("field").asText())
                .containsExactly("2:amount", "3:bank", "4:paymentNumber");
    }

    @Test
    void refusesPaymentNumbersWithWhiteSpaceAtAnEndOrTwinsByCaseAndWidthNamingLineAndField() throws Exception {
        Path file = write("WM;Z112224443331;15.50;USD;TRAIL-1 ;Payout\n"
                + "WM;Z112224443331;15.50;USD;ＴＷＩＮ-1;Payout\n"
                + "WM;Z112224443331;15.50;USD;twin-1;Payout\n"
                + "WM;Z112224443331;15.50;USD;ZW\u200B-4;Payout\n");

        CliRun.Result table = cli().run("batch", "validate", file.toString());
        CliRun.Result json = cli().run("--output", "json", "batch", "validate", file.toString());

        assertThat(table.code()).as(table.toString()).isEqualTo(2);
        assertThat(table.out()).containsPattern("(?m)^\\s*1\\s+paymentNumber\\s+payment number ends with white space \\(U\\+0020 SPACE\\)")
                .containsPattern("(?m)^\\s*3\\s+paymentNumber\\s+payment number 'twin-1' is the same as 'ＴＷＩＮ-1' on line 2")
                .containsPattern("(?m)^\\s*4\\s+paymentNumber\\s+payment number contains an invisible character U\\+200B"
                        + " ZERO WIDTH SPACE at position 3");
        assertThat(table.err()).contains("3 problems");
        assertThat(json.code()).isEqualTo(2);
        assertThat(JSON.readTree(json.out()).get("problems")).extracting(p -> p.get("line").asInt() + ":" + p.get("field").asText())
                .containsExactly("1:paymentNumber", "3:paymentNumber", "4:paymentNumber");
    }

    @Test
    void printsTheValidReportAsJsonWithAmountsAsStrings() throws Exception {
        CliRun.Result run = cli().run("--output", "json", "batch", "validate", Examples.PAYOUTS.toString());

        JsonNode node = JSON.readTree(run.out());
        assertThat(node.get("valid").asBoolean()).isTrue();
        assertThat(node.get("orders").asInt()).isEqualTo(9);
        assertThat(node.get("totals").get("BTC").isTextual()).isTrue();
        assertThat(node.get("totals").get("BTC").asText()).isEqualTo("0.00150000");
    }

    @Test
    void refusesAFileThatIsNotUtf8() throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "CAPITALIST;R0000002;10.00;RUR;A-1;Zahlung f\u00fcr M\u00e4rz\n".getBytes(StandardCharsets.ISO_8859_1));

        CliRun.Result run = cli().run("batch", "validate", file.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("is not UTF-8");
    }

    @Test
    void namesAMissingFile() {
        CliRun.Result run = cli().run("batch", "validate", dir.resolve("nope.csv").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no such file").contains("nope.csv");
    }

    private Path write(String text) throws Exception {
        Path file = dir.resolve("batch.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
