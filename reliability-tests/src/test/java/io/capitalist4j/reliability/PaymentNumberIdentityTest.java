package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.application.port.out.ImportBatchRequest;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.Verification;
import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.reliability.support.Cli;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.InMemoryCapitalistApi;
import io.capitalist4j.testkit.SandboxConfig;
import io.capitalist4j.testkit.SandboxIdentity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Payment numbers are identities, probed as an attacker would (issue 15): a number with a trailing space was paid,
 * then reported "not found" by reconcile (the server side trimmed only the number it searched for), resent and
 * paid twice; a full-width or upper-case twin of a number is the same payment to a person reading a statement.
 * Such files are refused before anything is claimed or uploaded, each problem naming its line and field.
 */
class PaymentNumberIdentityTest {

    private static final String IMPORT = "import_batch_advanced";

    @TempDir
    Path dir;

    private Cli.Result submit(FakeCapitalistServer server, Path file) {
        return Cli.withEnv(Map.of("CAPITALIST_HOME", dir.resolve("home").toString(),
                        "CAPITALIST_PASSWORD", SandboxIdentity.PASSWORD, "CAPITALIST_PIN", SandboxIdentity.PIN))
                .run("--url", server.uri().toString(), "--login", SandboxIdentity.LOGIN, "batch", "submit",
                        file.toString(), "--verify", "pin");
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aNumberWithATrailingSpaceIsRefusedBeforeAnyUpload() throws IOException {
        Path trailing = file("trailing.csv", "WM;Z112224443331;15.50;USD;TRAIL-1 ;Payout\n"
                + "WM;Z112224443331;15.50;USD;FINE-2;Payout\n");
        try (FakeCapitalistServer server = FakeCapitalistServer.start(SandboxConfig.sandbox().build())) {
            Cli.Result run = submit(server, trailing);

            assertThat(run.code()).as("%s", run).isEqualTo(2);
            assertThat(run.err()).as("%s", run)
                    .contains("line 1, paymentNumber: payment number ends with white space (U+0020 SPACE)");
            assertThat(run.out()).isEmpty();
            assertThat(server.bank().count(IMPORT)).as("the sandbox received no import request").isZero();
        }
    }

    @Test
    void fullWidthAndCaseTwinsAreRefusedBeforeAnyUpload() throws IOException {
        Path twins = file("twins.csv", "WM;Z112224443331;15.50;USD;ＴＷＩＮ-1;Payout\n"
                + "WM;Z112224443331;15.50;USD;twin-1;Payout\n"
                + "WM;Z112224443331;15.50;USD;Twin-1;Payout\n"
                + "WM;Z112224443331;15.50;USD;PAY-\u200B4;Payout\n");
        try (FakeCapitalistServer server = FakeCapitalistServer.start(SandboxConfig.sandbox().build())) {
            Cli.Result run = submit(server, twins);

            assertThat(run.code()).as("%s", run).isEqualTo(2);
            assertThat(run.err()).as("%s", run)
                    .contains("line 2, paymentNumber: payment number 'twin-1' is the same as 'ＴＷＩＮ-1' on line 1"
                            + " once Unicode compatibility forms and letter case are ignored")
                    .contains("line 3, paymentNumber: payment number 'Twin-1' is the same as 'ＴＷＩＮ-1' on line 1")
                    .contains("line 4, paymentNumber: payment number contains an invisible character U+200B"
                            + " ZERO WIDTH SPACE at position 5");
            assertThat(server.bank().count(IMPORT)).as("the sandbox received no import request").isZero();
        }
    }

    @Test
    void theSandboxFindsAnUploadedNumberByExactlyTheTextItStored() throws IOException {
        // the client no longer sends such a number; the sandbox, reached by another client, still must not trim
        // the searched number only (the root of the double payment)
        try (FakeCapitalistServer server = FakeCapitalistServer.start(SandboxConfig.sandbox().build())) {
            InMemoryCapitalistApi api = server.bank().inMemoryApi();
            api.importBatch(new ImportBatchRequest(
                    BatchText.of("WM;Z112224443331;15.50;USD;TRAIL-1 ;Payout"),
                    Verification.pinHash(md5(SandboxIdentity.PIN)), Map.of()))
                    .toCompletableFuture().join();
            LocalDate today = LocalDate.now(server.bank().config().clock()
                    .withZone(server.bank().config().zone()));
            Period period = Period.of(today.minusDays(1), today.plusDays(1));

            List<FoundDocument> found = api.searchDocuments(new DocumentSearch(period,
                    Optional.of("TRAIL-1 "))).toCompletableFuture().join();

            assertThat(found).extracting(FoundDocument::customNumber)
                    .containsExactly("TRAIL-1 ");
        }
    }

    private static String md5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
