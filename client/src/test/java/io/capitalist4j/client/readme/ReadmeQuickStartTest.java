package io.capitalist4j.client.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.application.port.in.BatchOutcome;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.RecordState;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.SandboxConfig;
import io.capitalist4j.testkit.SandboxIdentity;
import io.capitalist4j.testkit.Timeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's library quick start is {@link QuickStart}, word for word: this test compiles it (it is a test
 * source), runs it against the sandbox server, and fails when the README and the file drift apart.
 */
class ReadmeQuickStartTest {

    private static final Path SOURCE = Path.of("src/test/java/io/capitalist4j/client/readme/QuickStart.java");
    private static final Path README = Path.of("../README.md");

    @Test
    void theQuickStartPaysBothPayoutsAgainstAHealthySandbox(@TempDir Path dir) {
        Path keys = SandboxIdentity.writeKeyFiles(dir);
        try (FakeCapitalistServer server = FakeCapitalistServer.start(
                SandboxConfig.sandbox().timeline(Timeline.immediate()).build())) {
            // No catch here: an OutcomeUnknownException (or any other failure) fails this test.
            BatchOutcome outcome = QuickStart.payOut(server.uri(), SandboxIdentity.LOGIN,
                    Secret.of(SandboxIdentity.PASSWORD), keys.resolve(SandboxIdentity.ENCRYPTED_KEY_FILE),
                    Secret.of(SandboxIdentity.CERTIFICATE_PASSWORD));

            assertThat(outcome.records()).hasSize(2);
            assertThat(outcome.processed()).extracting(BatchRecord::internalNumber)
                    .containsExactly("INV-1001", "INV-1002");
            assertThat(outcome.records()).extracting(BatchRecord::state)
                    .containsExactly(RecordState.PROCESSED, RecordState.PROCESSED);
            assertThat(outcome.declined()).isEmpty();
            assertThat(server.count("import_batch_advanced")).isEqualTo(1);
        }
    }

    @Test
    void theReadmeShowsExactlyTheCodeThisTestRuns() throws IOException {
        String snippet = between(Files.readString(SOURCE, StandardCharsets.UTF_8),
                "// README quick start: begin\n", "// README quick start: end");
        String section = between(Files.readString(README, StandardCharsets.UTF_8),
                "## Library quick start\n", "\n## ");

        assertThat(normalised(section)).contains(normalised(snippet));
    }

    @Test
    void theQuickStartNeedsAtMostTenImportsOfOurs() throws IOException {
        String snippet = between(Files.readString(SOURCE, StandardCharsets.UTF_8),
                "// README quick start: begin\n", "// README quick start: end");
        List<String> ours = snippet.lines().filter(l -> l.startsWith("import io.capitalist4j.")).collect(Collectors.toList());

        assertThat(ours).hasSizeLessThanOrEqualTo(10);
        assertThat(ours).contains("import io.capitalist4j.client.Capitalist;");
    }

    private static String between(String text, String begin, String end) {
        int from = text.indexOf(begin);
        assertThat(from).as("begin marker %s", begin).isNotNegative();
        int to = text.indexOf(end, from + begin.length());
        assertThat(to).as("end marker %s", end).isGreaterThan(from);
        return text.substring(from + begin.length(), to);
    }

    /** Compares line by line, ignoring indentation, so the README may indent the block differently. */
    private static String normalised(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }
}
