package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.domain.batch.BatchLimits;
import io.capitalist4j.reliability.support.ChildCli;
import io.capitalist4j.reliability.support.Cli;
import io.capitalist4j.testkit.scripted.Answer;
import io.capitalist4j.testkit.scripted.ScriptedServer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch files of any size end in exit 0 or 2 with the line named, in bounded memory: the CLI runs as its own
 * process with a 64 MB heap, as a user would run it, on a 40 MB file of a million lines and on a line whose
 * description is 10 MB long. Nothing is uploaded when the file is refused.
 */
class HugeBatchFilesTest {

    private static final Duration HANG_GUARD = Duration.ofMinutes(3);
    private static final int MILLION = 1_000_000;
    private static final Map<String, String> SECRETS = Map.of("CAPITALIST_PASSWORD", "huge-files-pw", "CAPITALIST_PIN", "1234");

    @TempDir
    Path dir;

    /** 1 000 000 valid lines of 41 bytes each, unique payment numbers: about 41 MB. */
    private Path millionLines() throws IOException {
        Path file = dir.resolve("million.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= MILLION; i++) {
                out.write("CAPITALIST;R0000002;1.00;RUR;");
                out.write(String.format("%07d", i));
                out.write(";Pay\n");
            }
        }
        assertThat(Files.size(file)).isEqualTo(41L * MILLION);
        return file;
    }

    @Test
    void aFileOfAMillionLinesEndsInExitTwoNamingTheFirstLinePastTheLimitWithin64Megabytes() throws Exception {
        Path file = millionLines();
        ChildCli cli = new ChildCli("64m", dir);

        Cli.Result validate = cli.run(Map.of(), HANG_GUARD, "--output", "json", "batch", "validate", file.toString());
        assertThat(validate.code()).as(validate.toString()).isEqualTo(2);
        assertThat(validate.out()).as(validate.toString())
                .containsPattern("\"line\"\\s*:\\s*" + (BatchLimits.DEFAULT_MAX_RECORDS + 1) + ",\\s*\"field\"\\s*:\\s*\"line\"")
                .contains("more records than the limit of " + BatchLimits.DEFAULT_MAX_RECORDS);

        try (ScriptedServer server = ScriptedServer.start()) {
            server.byDefault(request -> Answer.text(500, "nothing may be sent"));
            Cli.Result submit = cli.run(SECRETS, HANG_GUARD, "--url", server.uri().toString(), "--login", "huge",
                    "batch", "submit", file.toString(), "--verify", "pin");
            assertThat(submit.code()).as(submit.toString()).isEqualTo(2);
            assertThat(submit.err()).as(submit.toString()).contains("line " + (BatchLimits.DEFAULT_MAX_RECORDS + 1) + ", line:");
            assertThat(server.total()).as("requests to the server").isZero();
        }
    }

    @Test
    void aTenMegabyteDescriptionIsRefusedNamingLineAndFieldAndNothingIsUploaded() throws Exception {
        String description = "D".repeat(10 * 1024 * 1024);
        Path file = Files.writeString(dir.resolve("long-description.csv"),
                "CAPITALIST;R0000002;1.00;RUR;P-1;Payout\nCAPITALIST;R0000002;2.00;RUR;P-2;" + description + "\n",
                StandardCharsets.UTF_8);
        ChildCli cli = new ChildCli("64m", dir);

        try (ScriptedServer server = ScriptedServer.start()) {
            server.byDefault(request -> Answer.text(500, "nothing may be sent"));
            Cli.Result submit = cli.run(SECRETS, HANG_GUARD, "--url", server.uri().toString(), "--login", "huge",
                    "batch", "submit", file.toString(), "--verify", "pin");

            assertThat(submit.code()).as(submit.toString()).isEqualTo(2);
            assertThat(submit.err()).as(submit.toString()).contains("line 2, description:")
                    .contains("more than the limit of " + BatchLimits.DEFAULT_MAX_LINE_LENGTH)
                    .contains("this field alone has " + description.length());
            assertThat(submit.all().length()).as("the refusal is short").isLessThan(2_000);
            assertThat(server.total()).as("requests to the server").isZero();
        }
    }

    @Test
    void aDescriptionOverTheTextLimitIsRefusedBeforeAnythingIsSent() throws Exception {
        String description = "Ж".repeat(256);
        Path file = Files.writeString(dir.resolve("description-256.csv"),
                "CAPITALIST;R0000002;1.00;RUR;P-1;" + description + "\n", StandardCharsets.UTF_8);

        try (ScriptedServer server = ScriptedServer.start()) {
            server.byDefault(request -> Answer.text(500, "nothing may be sent"));
            Cli.Result submit = Cli.withEnv(SECRETS).run("--url", server.uri().toString(), "--login", "huge",
                    "batch", "submit", file.toString(), "--verify", "pin");

            assertThat(submit.code()).as(submit.toString()).isEqualTo(2);
            assertThat(submit.err()).as(submit.toString())
                    .contains("line 1, description: is 256 characters long, more than the limit of 255");
            assertThat(server.total()).as("requests to the server").isZero();
        }
        Path fits = Files.writeString(dir.resolve("description-255.csv"),
                "CAPITALIST;R0000002;1.00;RUR;P-1;" + "Ж".repeat(255) + "\n", StandardCharsets.UTF_8);
        Cli.Result validate = Cli.withEnv(Map.of()).run("batch", "validate", fits.toString());
        assertThat(validate.code()).as(validate.toString()).isZero();
    }
}
