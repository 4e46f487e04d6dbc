package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.cli.CapitalistCli;
import io.capitalist4j.testkit.scripted.Answer;
import io.capitalist4j.testkit.scripted.ScriptedServer;
import io.capitalist4j.testkit.scripted.WireFault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code capitalist} process, its stderr read as a terminal would show it: a server answering with a
 * malformed chunk makes Vert.x log its own error, which must not reach the CLI's stderr; only our one-line error
 * does. With {@code CAPITALIST_LOG_LEVEL=debug} the library lines come back, through the same logging.
 */
class CliStderrTest {

    private static final long GUARD_SECONDS = 60;

    @TempDir
    Path dir;

    private record Process(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    /** Runs the CLI's main class in a fresh JVM on this test's class path, with only {@code env} as its variables. */
    private Process capitalist(java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CapitalistCli.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out-" + System.nanoTime());
        Path err = dir.resolve("err-" + System.nanoTime());
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        java.lang.Process process = builder.start();
        if (!process.waitFor(GUARD_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the CLI did not end within " + GUARD_SECONDS + " s");
        }
        return new Process(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aMalformedChunkEndsInExactlyOurOneLineErrorOnStderr() throws Exception {
        try (ScriptedServer server = ScriptedServer.start()) {
            server.byDefault("get_accounts", Answer.json("{\"code\":0}").broken(WireFault.MALFORMED_CHUNK));
            Process run = capitalist(java.util.Map.of("CAPITALIST_PASSWORD", "stderr-test-password"),
                    "--url", server.uri().toString(), "--login", "stderr-tester", "--plain-password", "accounts");

            assertThat(run.code()).as("%s", run).isEqualTo(4);
            assertThat(run.out()).as("%s", run).isEmpty();
            assertThat(run.err().lines()).as("%s", run).hasSize(1)
                    .allSatisfy(line -> assertThat(line).startsWith("error: get_accounts"));
            assertThat(server.count("get_accounts")).as("the request was made").isPositive();
        }
    }

    @Test
    void debugLogsAskedForShowTheLibraryLinesToo() throws Exception {
        try (ScriptedServer server = ScriptedServer.start()) {
            server.byDefault("get_accounts", Answer.json("{\"code\":0}").broken(WireFault.MALFORMED_CHUNK));
            Process run = capitalist(java.util.Map.of("CAPITALIST_PASSWORD", "stderr-test-password",
                            "CAPITALIST_LOG_LEVEL", "debug"),
                    "--url", server.uri().toString(), "--login", "stderr-tester", "--plain-password", "accounts");

            assertThat(run.code()).as("%s", run).isEqualTo(4);
            assertThat(run.err()).as("%s", run).contains("DEBUG io.capitalist4j.adapter.http.VertxCapitalistApi")
                    .contains("io.vertx").contains("error: get_accounts");
            assertThat(run.err()).doesNotContain("stderr-test-password");
        }
    }
}
