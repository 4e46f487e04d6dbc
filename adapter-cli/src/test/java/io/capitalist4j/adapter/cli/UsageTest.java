package io.capitalist4j.adapter.cli;

import static io.capitalist4j.adapter.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UsageTest {

    @Test
    void everyCommandAtEveryLevelHasHelp() {
        List<List<String>> commands = List.of(List.of(), List.of("accounts"), List.of("rates"), List.of("verified"),
                List.of("fee"), List.of("batch"), List.of("batch", "validate"), List.of("batch", "sign"),
                List.of("batch", "submit"), List.of("batch", "confirm"), List.of("batch", "status"), List.of("search"),
                List.of("history"), List.of("reconcile"), List.of("sandbox"), List.of("journal"), List.of("journal", "list"),
                List.of("journal", "recover"));
        for (List<String> command : commands) {
            List<String> withHelp = new java.util.ArrayList<>(command);
            withHelp.add("--help");
            CliRun.Result run = cli().run(withHelp.toArray(new String[0]));
            assertThat(run.code()).as(run.toString()).isZero();
            assertThat(run.out()).as(run.toString()).contains("Usage: capitalist").contains("--help");
        }
    }

    @Test
    void theTopLevelHelpListsEveryCommandAndTheExitCodes() {
        CliRun.Result run = cli().run("--help");

        assertThat(run.out()).contains("accounts", "rates", "verified", "fee", "batch", "search", "history", "reconcile",
                "sandbox", "--sandbox", "--wire", "--output", "--plain-password", "--password-file", "Exit codes",
                "outcome unknown", "  7  a person must look: a payment number is carried by several");
    }

    @Test
    void anUnknownOptionIsBadUsage() {
        CliRun.Result run = cli().run("accounts", "--frobnicate");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--frobnicate");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingCommandIsBadUsage() {
        assertThat(cli().run().code()).isEqualTo(2);
        assertThat(cli().run("batch").code()).isEqualTo(2);
    }

    @Test
    void aSecretGivenAsAFlagIsRefusedAndNotEchoed() {
        CliRun.Result run = cli().run("--password", "hunter2-secret", "accounts");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("CAPITALIST_PASSWORD");
        assertThat(run.all()).doesNotContain("hunter2-secret");
    }

    @Test
    void aMistypedFlagFollowedByASecretDoesNotEchoTheSecret() {
        CliRun.Result run = cli().run("accounts", "--passwd", "hunter2-secret");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.all()).doesNotContain("hunter2-secret");
    }

    @Test
    void aBadDateIsBadUsageNamingTheOption() {
        CliRun.Result run = cli().run("search", "--number", "1", "--from", "2024-01-01");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--from").contains("DD.MM.YYYY");
    }

    @Test
    void anUnknownOutputFormatIsBadUsage() {
        assertThat(cli().run("--output", "xml", "accounts").code()).isEqualTo(2);
    }
}
