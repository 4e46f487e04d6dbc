package io.capitalist4j.adapter.cli;

import static io.capitalist4j.adapter.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The CLI as a new user tries it: global options anywhere on the line, typos answered with what was meant, the
 * version the build made, shell completion.
 */
class ForgivingCliTest extends WithTestBank {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void globalOptionsAreAcceptedAfterTheCommandAsBeforeIt() throws Exception {
        CliRun.Result after = bank.cli().run("accounts", "--url", bank.server.uri().toString(), "--login", TestBank.LOGIN,
                "--output", "json");
        CliRun.Result before = bank.cli().run("--url", bank.server.uri().toString(), "--login", TestBank.LOGIN,
                "--output", "json", "accounts");

        assertThat(after.code()).as(after.toString()).isZero();
        assertThat(JSON.readTree(after.out()).get("accounts")).isNotEmpty();
        assertThat(JSON.readTree(after.out())).isEqualTo(JSON.readTree(before.out()));
    }

    @Test
    void globalOptionsMayStandAfterANestedCommandAndItsOwnOptions() throws Exception {
        CliRun.Result run = cli().run("batch", "submit", Examples.PAYOUTS.toString(), "--verify", "pin", "--wait",
                "--sandbox", "--output", "json");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(JSON.readTree(run.out()).get("records")).hasSize(9);
        assertThat(run.err()).contains("sandbox started at");
    }

    @Test
    void theEnvironmentStillGivesTheDefaultsOfGlobalOptionsGivenNowhere() {
        CliRun.Result run = bank.cli().env(EnvVars.URL, bank.server.uri().toString()).env(EnvVars.LOGIN, TestBank.LOGIN)
                .run("accounts", "--output", "json");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("\"accounts\"");
    }

    @Test
    void aMistypedOptionIsNamedWithTheOptionItWasMeantToBe() {
        CliRun.Result run = cli().run("accounts", "--outptu", "json");

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("error: unknown option --outptu; did you mean --output?")
                .doesNotContain("(a value)").doesNotContain("json");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMistypedGlobalOptionBeforeTheCommandIsNamedToo() {
        CliRun.Result run = cli().run("--sandbx", "accounts");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("unknown option --sandbx; did you mean --sandbox?");
    }

    @Test
    void aMistypedOptionIsNamedRatherThanTheRequiredOneItLeftMissing() {
        CliRun.Result run = cli().run("fee", "--typ", "RUCARD", "--source", "R0000001", "--amount", "1.00");

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("unknown option --typ; did you mean --type?").doesNotContain("Missing required");
    }

    @Test
    void aMistypedCommandIsNamedWithTheCommandItWasMeantToBe() {
        CliRun.Result top = cli().run("acounts");
        CliRun.Result nested = cli().run("batch", "submt", "payouts.csv");

        assertThat(top.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(top.err()).contains("unknown command 'capitalist acounts'; did you mean capitalist accounts?");
        assertThat(nested.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(nested.err()).contains("unknown command 'capitalist batch submt'; did you mean capitalist batch submit?")
                .doesNotContain("(a value)");
    }

    @Test
    void anUnexpectedArgumentThatMayBeASecretIsNotEchoed() {
        CliRun.Result run = cli().run("rates", "S3cret!pw");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("'capitalist rates' was given an argument it does not take");
        assertThat(run.all()).doesNotContain("S3cret!pw");
    }

    @Test
    void suggestionsAreTheNamesAFewEditsAwayClosestFirst() {
        java.util.Set<String> options = new java.util.LinkedHashSet<>(java.util.List.of("--output", "--url", "--login",
                "--verify", "--version", "--sandbox"));

        assertThat(BadUsage.closest(options, "--ouptut")).containsExactly("--output");
        assertThat(BadUsage.closest(options, "--verfy")).containsExactly("--verify");
        assertThat(BadUsage.closest(options, "--sand")).containsExactly("--sandbox");
        assertThat(BadUsage.closest(options, "--frobnicate")).isEmpty();
        assertThat(BadUsage.distance("acounts", "accounts")).isEqualTo(1);
        assertThat(BadUsage.distance("sumbit", "submit")).isEqualTo(1);
    }

    @Test
    void versionPrintsTheBuildsVersionAndCommitOnEveryCommand() {
        String expected = System.getProperty("capitalist4j.expected.version");
        CliRun.Result top = cli().run("--version");
        CliRun.Result sub = cli().run("accounts", "-V");

        assertThat(top.code()).isZero();
        assertThat(expected).as("the build passes the project's version to the tests").isNotBlank();
        assertThat(top.out().strip()).matches("capitalist " + java.util.regex.Pattern.quote(expected)
                + " \\(commit ([0-9a-f]{7,40}(-dirty)?|unknown)\\)");
        assertThat(sub.out()).isEqualTo(top.out());
    }

    @Test
    void aVersionOrCommitTheBuildDidNotFillInIsUnknown() {
        assertThat(Version.orUnknown("${git.commit.id.abbrev}")).isEqualTo("unknown");
        assertThat(Version.orUnknown("")).isEqualTo("unknown");
        assertThat(Version.orUnknown(null)).isEqualTo("unknown");
        assertThat(Version.orUnknown("a27816e3f0")).isEqualTo("a27816e3f0");
    }

    @Test
    void theBashCompletionScriptKnowsEveryCommandAndTheGlobalOptions() {
        CliRun.Result run = cli().run("completion", "bash");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_capitalist")
                .contains("_picocli_capitalist_batch_submit").contains("_picocli_capitalist_journal_recover");
        for (String command : java.util.List.of("accounts", "rates", "batch", "journal", "reconcile", "sandbox",
                "completion", "submit", "status", "validate")) {
            assertThat(run.out()).as(command).containsPattern("\\b" + command + "\\b");
        }
        assertThat(run.out()).contains("--output").contains("--sandbox").contains("--journal")
                .as("secrets are never options").doesNotContain("--password ").doesNotContain("--pin ");
    }

    @Test
    void theZshCompletionIsTheSameScriptWhichLoadsZshsBashCompletion() {
        CliRun.Result run = cli().run("completion", "zsh");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("bashcompinit").contains("_complete_capitalist");
    }

    @Test
    void theHelpListsTheExitCodesWithInterruptedAndSaysGlobalOptionsGoAnywhere() {
        CliRun.Result top = cli().run("--help");
        CliRun.Result sub = cli().run("batch", "submit", "--help");

        assertThat(top.out()).contains("130 interrupted (Ctrl-C)").contains("before or after the command")
                .contains("completion");
        assertThat(sub.out()).contains("[GLOBAL OPTIONS]").contains("see 'capitalist --help'")
                .as("a command's page describes its own options only").doesNotContain("--allow-plain-password-over-http");
    }

    @Test
    void onlyTheCommandALineNamesIsBuiltAndEveryOneForAnythingElse() {
        picocli.CommandLine.Model.CommandSpec root = new picocli.CommandLine(new RootCommand(null)).getCommandSpec();

        assertThat(RootCommand.commandsFor(root, new String[] {"--login", "sandbox", "accounts"}))
                .containsExactly(AccountsCommand.class);
        assertThat(RootCommand.commandsFor(root, new String[] {"--output=json", "batch", "submit"}))
                .containsExactly(BatchCommand.class);
        assertThat(RootCommand.commandsFor(root, new String[] {"--sandbox", "sandbox"})).containsExactly(SandboxCommand.class);
        assertThat(RootCommand.commandsFor(root, new String[] {"acounts"})).isEqualTo(RootCommand.COMMANDS);
        assertThat(RootCommand.commandsFor(root, new String[] {"--help"})).isEqualTo(RootCommand.COMMANDS);
        assertThat(RootCommand.commandsFor(root, new String[] {"completion", "bash"})).isEqualTo(RootCommand.COMMANDS);
    }

    @Test
    void shellWordsArePrintedSoThatTheyPasteBackAsTheyWere() {
        assertThat(Shell.quote("/tmp/payouts.csv")).isEqualTo("/tmp/payouts.csv");
        assertThat(Shell.quote("my payouts.csv")).isEqualTo("'my payouts.csv'");
        assertThat(Shell.quote("it's.csv")).isEqualTo("'it'\\''s.csv'");
        assertThat(Shell.quote("jdbc:h2:file:/x;MODE=PostgreSQL")).isEqualTo("'jdbc:h2:file:/x;MODE=PostgreSQL'");
    }
}
