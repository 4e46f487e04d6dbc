package io.capitalist4j.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stderr of the real process holds the CLI's own words only: a login lock (code 16), which our HTTP adapter also
 * logs, is one line of ours; {@code --verbose} brings the libraries' log lines back.
 */
class QuietStderrTest {

    @TempDir
    static Path dir;

    /** One wrong password locks the login. */
    static TestBank bank;

    @BeforeAll
    static void lockTheLogin() {
        bank = TestBank.start(dir, Duration.ofMillis(40), config -> config.maxFailedLogins(1));
        CliRun.Result wrong = bank.cli().env(EnvVars.PASSWORD, "Wrong-pw-0001").run(bank.args("json", "table", "accounts"));
        assertThat(wrong.code()).as(wrong.toString()).isEqualTo(ExitCode.API_ERROR);
    }

    @AfterAll
    static void stop() {
        bank.close();
    }

    private static Map<String, String> env() {
        return Map.of(EnvVars.PASSWORD, TestBank.PASSWORD, EnvVars.HOME, dir.resolve("home").toString());
    }

    @Test
    void aLockedLoginIsOneLineOfOursOnStderrAndNoLogLine() throws Exception {
        try (ChildCli child = ChildCli.start(dir, env(), bank.args("json", "table", "accounts"))) {
            ChildCli.Ended ended = child.awaitExit();

            assertThat(ended.code()).as(ended.toString()).isEqualTo(ExitCode.API_ERROR);
            assertThat(ended.err().lines()).as(ended.toString()).hasSize(1)
                    .allSatisfy(line -> assertThat(line).startsWith("error: get_accounts answered code 16"));
        }
    }

    @Test
    void verboseShowsTheLibrariesLogLinesToo() throws Exception {
        try (ChildCli child = ChildCli.start(dir, env(), bank.args("json", "table", "accounts", "--verbose"))) {
            ChildCli.Ended ended = child.awaitExit();

            assertThat(ended.code()).as(ended.toString()).isEqualTo(ExitCode.API_ERROR);
            assertThat(ended.err()).contains("INFO io.capitalist4j.adapter.http.VertxCapitalistApi")
                    .contains("login attempts exceeded (code 16)").contains("error: get_accounts answered code 16");
            assertThat(ended.err()).doesNotContain(TestBank.PASSWORD);
        }
    }
}
