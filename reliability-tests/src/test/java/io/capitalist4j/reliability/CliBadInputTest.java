package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.capitalist4j.reliability.support.Answers;
import io.capitalist4j.reliability.support.Cli;
import io.capitalist4j.reliability.support.Samples;
import io.capitalist4j.reliability.support.ServerKeys;
import io.capitalist4j.testkit.scripted.Answer;
import io.capitalist4j.testkit.scripted.ScriptedServer;
import io.capitalist4j.testkit.scripted.WireFault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.Generate;

/**
 * The command line on bad input and bad answers: it exits 2 (bad input) or 1 (an API error) — 3 or 4 where
 * its documentation says so for a lost upload or an unusable answer — with one clear "error:" message, and
 * never with an internal error (70), a stack trace, or a hang.
 */
class CliBadInputTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final Cli CLI = Cli.withEnv(Map.of("CAPITALIST_PASSWORD", "cli-bad-input-pw"));

    @TempDir
    Path dir;

    private final AtomicInteger files = new AtomicInteger();

    private Path file(byte[] content) {
        try {
            return Files.write(dir.resolve("batch-" + files.incrementAndGet() + ".csv"), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "line 3" in a message, or a row of the problem table that starts with the line number. */
    private static final java.util.regex.Pattern LINE_NAMED =
            java.util.regex.Pattern.compile("(?m)(line \\d+|^\\s*\\d+\\s{2,}\\S)");

    private static void assertClearFailure(Cli.Result run) {
        assertThat(run.code()).as("%s", run).isIn(1, 2, 3, 4);
        assertThat(run.err()).as("%s", run).contains("error:");
        assertThat(run.all()).as("no stack trace in %s", run).doesNotContain("\tat ").doesNotContain("Exception in thread")
                .doesNotContain("internal error");
        assertThat(run.err().length()).as("length of stderr").isLessThan(20_000);
    }

    @Test
    void validatesEveryMutatedFileWithExitZeroOrExitTwoNamingTheLine() {
        assertTimeoutPreemptively(HANG_GUARD, () -> qt().withFixedSeed(8_3001L).withExamples(250)
                .forAll(Generate.range(0, 11), Generate.range(0, 100_000), strings().allPossible().ofLengthBetween(0, 8))
                .checkAssert((kind, position, insert) -> {
                    String text = BadBatchFilesTest.mutate(Samples.FILE, kind, position, insert);
                    Cli.Result run = CLI.run("batch", "validate", file(text.getBytes(StandardCharsets.UTF_8)).toString());
                    if (run.code() != 0) {
                        assertThat(run.code()).as("%s", run).isEqualTo(2);
                        assertClearFailure(run);
                        assertThat(run.all()).as("%s", run).containsPattern(LINE_NAMED);
                    }
                }));
    }

    @Test
    void refusesRandomBytesAndInvalidUtf8WithExitTwo() {
        assertTimeoutPreemptively(HANG_GUARD, () -> qt().withFixedSeed(8_3002L).withExamples(150)
                .forAll(Generate.byteArrays(Generate.range(0, 300), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)))
                .checkAssert(bytes -> {
                    Cli.Result run = CLI.run("batch", "validate", file(bytes).toString());
                    assertThat(run.code()).as("%s", run).isEqualTo(2);
                    assertClearFailure(run);
                }));
        byte[] invalid = (Samples.LINES.get(0) + "\n").getBytes(StandardCharsets.UTF_8);
        invalid[20] = (byte) 0xC3;
        invalid[21] = (byte) 0x28;
        Cli.Result run = CLI.run("batch", "validate", file(invalid).toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("UTF-8");
    }

    @Test
    void refusesEveryForbiddenCharacterAHugeLineAndAMissingFileWithExitTwo() {
        for (char bad : BadBatchFilesTest.forbiddenCharacters()) {
            if (Character.isSurrogate(bad)) {
                continue; // a lone surrogate cannot be written as UTF-8; invalid UTF-8 is tested above
            }
            String line = Samples.LINES.get(0).replace("Partner", "Part" + bad + "ner");
            Cli.Result run = CLI.run("batch", "validate", file((line + "\n").getBytes(StandardCharsets.UTF_8)).toString());
            assertThat(run.code()).as("U+%04X: %s", (int) bad, run).isEqualTo(2);
            assertThat(run.all()).containsPattern("(?m)(line 1|^\\s*1\\s{2,})").contains("description");
        }
        String huge = Samples.LINES.get(0) + "\n" + "CAPITALIST;" + "X".repeat(3_000_000) + ";1.00;RUR;P-2;Payout\n";
        Cli.Result run = CLI.run("batch", "validate", file(huge.getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(run.code()).isEqualTo(2);
        assertClearFailure(run);
        assertThat(run.all()).containsPattern("(?m)(line 2|^\\s*2\\s{2,})");

        Cli.Result missing = CLI.run("batch", "validate", dir.resolve("no-such-file.csv").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertClearFailure(missing);
    }

    @Test
    void refusesBadOptionsAndValuesWithExitTwo() {
        List<String[]> bad = List.of(
                new String[] {"--no-such-option", "accounts"},
                new String[] {"--url", "ftp://example", "accounts"},
                new String[] {"--url", "http://127.0.0.1:1/", "--login", "x", "fee", "--type", "NOPE", "--source", "R0100001", "--amount", "1.00"},
                new String[] {"--url", "http://127.0.0.1:1/", "--login", "x", "fee", "--type", "RUCARD", "--source", "XYZ", "--amount", "1.00"},
                new String[] {"--url", "http://127.0.0.1:1/", "--login", "x", "fee", "--type", "RUCARD", "--source", "R0100001", "--amount", "1,00"},
                new String[] {"--url", "http://127.0.0.1:1/", "--login", "x", "batch", "status", "not a batch id!"},
                new String[] {"--url", "http://127.0.0.1:1/", "--login", "x", "history", "--from", "2025-01-01"},
                new String[] {"--password", "cli-bad-input-pw", "accounts"});
        for (String[] args : bad) {
            Cli.Result run = CLI.run(args);
            assertThat(run.code()).as("%s", run).isEqualTo(2);
            assertClearFailure(run);
            assertThat(run.all()).as("a secret flag's value is never echoed").doesNotContain("cli-bad-input-pw");
        }
    }

    @Test
    void reportsBadServerAnswersWithExitOneOrFourAndALostUploadWithExitThree() {
        AtomicReference<Answer> next = new AtomicReference<>();
        try (ScriptedServer server = ScriptedServer.start().byDefault(r -> r.operation().equals("get_token")
                ? Answer.json(ServerKeys.tokenJson("C0FFEE")) : next.get())) {
            Map<String, Integer> expected = new java.util.LinkedHashMap<>();
            List<Answer> answers = List.of(
                    Answer.json(Answers.envelope("113", "\"bad words\"", "[]")),
                    Answer.json(Answers.envelope("2", "\"Run-time error\"", "{}")),
                    Answer.json(Answers.envelope("0", "\"\"", "{\"summary\":{},\"accounts\":[{\"number\":7}]}")),
                    Answer.of(200, "{\"code\":0,\"mess".getBytes(StandardCharsets.UTF_8)).header(Answer.FORMAT_HEADER, "json"),
                    Answer.of(502, "<html>Bad Gateway</html>".getBytes(StandardCharsets.UTF_8)),
                    Answer.json(ServerKeys.accountsJson()).broken(WireFault.TRUNCATED_BODY),
                    Answer.fault(WireFault.CLOSE));
            for (Answer answer : answers) {
                next.set(answer);
                Cli.Result run = CLI.run("--url", server.uri().toString(), "--login", "cli-bad", "accounts");
                assertClearFailure(run);
                assertThat(run.code()).as("%s", run).isIn(1, 4);
                expected.merge("exit " + run.code(), 1, Integer::sum);
            }
            // A JSON envelope labelled CSV is read as the JSON it is (the live server's code 4 names no format).
            next.set(Answer.of(200, ServerKeys.accountsJson().getBytes(StandardCharsets.UTF_8)).header(Answer.FORMAT_HEADER, "csv"));
            Cli.Result mislabelled = CLI.run("--url", server.uri().toString(), "--login", "cli-bad", "accounts");
            assertThat(mislabelled.code()).as("%s", mislabelled).isZero();
            assertThat(mislabelled.out()).contains("R0100001");

            next.set(Answer.json(Answers.envelope("113", "\"bad words\"", "[]")));
            Cli.Result refused = CLI.run("--url", server.uri().toString(), "--login", "cli-bad", "accounts");
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err()).contains("113").contains("bad words");

            next.set(Answer.fault(WireFault.CLOSE));
            Path payouts = file((Samples.LINES.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
            Cli.Result lost = CLI.run("--url", server.uri().toString(), "--login", "cli-bad", "batch", "submit",
                    payouts.toString(), "--verify", "sms");
            assertThat(lost.code()).as("%s", lost).isEqualTo(3);
            assertThat(lost.err()).contains("reconcile");
            assertThat(server.count("import_batch_advanced")).as("the lost upload was not repeated").isEqualTo(1);
            System.out.println("cli bad answers: " + expected);
        }
    }
}
