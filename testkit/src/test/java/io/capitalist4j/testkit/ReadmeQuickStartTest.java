package io.capitalist4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.csv.CsvCodecs;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.adapter.signing.CertificateKey;
import io.capitalist4j.application.BlockingCapitalistClient;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.port.in.BatchOutcome;
import io.capitalist4j.application.port.in.ReconcileQuery;
import io.capitalist4j.application.port.in.ReconciliationReport;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.application.port.in.SubmittedBatch;
import io.capitalist4j.application.port.in.WaitOptions;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.domain.error.OutcomeUnknownException;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's library quick start, compiled and run against the sandbox server, and kept identical to the README. */
class ReadmeQuickStartTest {

    // README quick start: begin
    static ReconciliationReport payOut(URI apiUrl, String login, Secret password, Path keyFile, Secret certPassword) {
        CertificateKey key = BouncyCastleSigning.loadKey(keyFile, login, certPassword);
        HttpOptions options = HttpOptions.builder().baseUrl(apiUrl).build();
        try (CapitalistHttpApi api = VertxHttp.create(options, new Credentials(login, password),
                     BouncyCastleSigning.passwordCipher());
             CapitalistClient client = CapitalistClient.builder()
                     .api(api)
                     .batchFormat(CsvCodecs.batchFormat())
                     .build()) {
            Batch batch = Batch.of(List.of(
                    new CapitalistTransfer(AccountNumber.of("R0000002"), Money.of("150.00", Currency.RUR),
                            "INV-1001", "Payout March"),
                    new CapitalistTransfer(AccountNumber.of("U0000002"), Money.of("75.50", Currency.USD),
                            "INV-1002", "Payout March")));
            BlockingCapitalistClient blocking = client.blocking();
            try {
                SubmittedBatch submitted = blocking.submit(
                        SubmitBatchCommand.of(batch, BouncyCastleSigning.signatureVerification(key)));
                submitted.rejections().forEach(r -> System.out.println("rejected at upload: " + r));
                BatchOutcome outcome = blocking.awaitCompletion(submitted.id(),
                        WaitOptions.of(Duration.ofSeconds(1), Duration.ofMinutes(30))
                                .withProgress(p -> System.err.println(p.finalCount() + "/" + p.total() + " final")));
                System.out.println(outcome.processed().size() + " paid, " + outcome.declined().size() + " declined");
            } catch (OutcomeUnknownException unknown) {
                // The upload may or may not have been accepted. It was not retried: never send it again blindly.
                System.out.println("outcome unknown for " + unknown.paymentNumbers() + ", reconciling");
            }
            // Which of our payment numbers does the server know? Upload again only what is missing.
            LocalDate today = Period.today(Clock.systemUTC());   // the API dates documents in Moscow time
            return blocking.reconcile(ReconcileQuery.of(batch, Period.of(today.minusDays(1), today)));
        }
    }
    // README quick start: end

    @Test
    void theQuickStartPaysOutAgainstTheSandboxAndFindsEveryPaymentNumber(@TempDir Path dir) {
        Path keys = SandboxIdentity.writeKeyFiles(dir);
        try (FakeCapitalistServer server = FakeCapitalistServer.start(
                SandboxConfig.sandbox().timeline(Timeline.immediate()).build())) {
            ReconciliationReport report = payOut(server.uri(), SandboxIdentity.LOGIN,
                    Secret.of(SandboxIdentity.PASSWORD), keys.resolve(SandboxIdentity.ENCRYPTED_KEY_FILE),
                    Secret.of(SandboxIdentity.CERTIFICATE_PASSWORD));

            assertThat(report.foundNumbers()).containsExactlyInAnyOrder("INV-1001", "INV-1002");
            assertThat(report.missingNumbers()).isEmpty();
            assertThat(server.count("import_batch_advanced")).isEqualTo(1);
        }
    }

    @Test
    void theReadmeShowsExactlyTheCodeThisTestRuns() throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/capitalist4j/testkit/ReadmeQuickStartTest.java"),
                StandardCharsets.UTF_8);
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String snippet = between(source, "// README quick start: begin\n", "    // README quick start: end");

        assertThat(normalised(readme)).contains(normalised(snippet));
    }

    private static String between(String text, String begin, String end) {
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        assertThat(from).as("begin marker").isNotNegative();
        assertThat(to).as("end marker").isGreaterThan(from);
        return text.substring(from + begin.length(), to);
    }

    /** Compares line by line, ignoring indentation, so the README may indent the block differently. */
    private static String normalised(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }
}
