package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.reliability.support.Cli;
import io.capitalist4j.testkit.SandboxIdentity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key file given where a batch file belongs (arguments swapped, or the wrong file) is refused as a whole:
 * "this looks like a key file, not a batch file", exit 2, and not one line of the key in any output. Other bad
 * lines quote only a short excerpt, with card numbers masked.
 */
class KeyFilesAsBatchFilesTest {

    private static final String REFUSAL = "this looks like a key file, not a batch file";
    private static final Cli CLI = Cli.withEnv(Map.of());

    @TempDir
    Path dir;

    private List<Path> keyFiles() {
        Path keys = SandboxIdentity.writeKeyFiles(dir.resolve("keys"));
        return List.of(keys.resolve(SandboxIdentity.PRIVATE_KEY_FILE), keys.resolve(SandboxIdentity.ENCRYPTED_KEY_FILE),
                keys.resolve(SandboxIdentity.PUBLIC_KEY_FILE));
    }

    /** Every line of the key file, and every 12 characters in a row of it, stay out of the output. */
    private static void assertNothingOf(Path keyFile, Cli.Result run) throws IOException {
        for (String line : Files.readAllLines(keyFile, StandardCharsets.US_ASCII)) {
            for (int at = 0; at + 12 <= line.length(); at++) {
                String piece = line.substring(at, at + 12);
                assertThat(run.all()).as("%s quoted from %s", piece, keyFile.getFileName()).doesNotContain(piece);
            }
        }
    }

    @Test
    void validatingAKeyFileRefusesItWithoutQuotingAnyOfIt() throws IOException {
        for (Path key : keyFiles()) {
            Cli.Result run = CLI.run("batch", "validate", key.toString());

            assertThat(run.code()).as(run.toString()).isEqualTo(2);
            assertThat(run.all()).as(run.toString()).contains(REFUSAL).doesNotContain("unknown opcode");
            assertNothingOf(key, run);
        }
    }

    @Test
    void submittingWithTheKeyAndBatchArgumentsSwappedRefusesTheKeyWithoutQuotingAnyOfIt() throws IOException {
        Path key = keyFiles().get(0);
        Path payouts = Files.writeString(dir.resolve("payouts.csv"), "CAPITALIST;R0000002;15.00;RUR;SW-1;Payout\n",
                StandardCharsets.UTF_8);

        Cli.Result run = CLI.run("--sandbox", "batch", "submit", key.toString(), "--verify", "signature",
                "--key", payouts.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).as(run.toString()).contains(REFUSAL);
        assertThat(run.all()).doesNotContain("uploaded batch");
        assertNothingOf(key, run);
    }

    @Test
    void anyOtherBadLineIsQuotedShortWithCardNumbersMasked() throws IOException {
        String longOpcode = "NOT-AN-OPCODE-" + "q".repeat(500);
        Path file = Files.writeString(dir.resolve("bad.csv"), String.join("\n",
                longOpcode + ";R0000002;1.00;RUR;P-1;Payout",
                "4111111111111111;R0000002;1.00;RUR;P-2;Payout",
                "SBP;x4111111111111111;600.00;RUR;Sberbank;Anna;Petrova;anna@example.com;P-3;Payout") + "\n",
                StandardCharsets.UTF_8);

        Cli.Result run = CLI.run("batch", "validate", file.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).as(run.toString()).contains("unknown opcode 'NOT-AN-OPCODE-qqqqqqqqqq…' (514 characters)")
                .doesNotContain("q".repeat(11))
                .doesNotContain("4111111111111111").contains("************1111");
    }
}
