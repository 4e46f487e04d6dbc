package io.capitalist4j.reliability.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.application.port.in.Api2BatchOutcome;
import io.capitalist4j.application.port.in.Api2PayoutResult;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import io.capitalist4j.testkit.api2.Api2SandboxConfig;
import io.capitalist4j.testkit.api2.Api2SandboxIdentity;
import io.capitalist4j.testkit.api2.Api2Timeline;
import io.capitalist4j.testkit.api2.FakeApi2Server;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's API2 quick start is {@link Api2QuickStart} word for word, and it pays against the fake API2 server. */
class ReadmeApi2QuickStartTest {

    private static final Path SOURCE = Path.of("src/test/java/io/capitalist4j/reliability/readme/Api2QuickStart.java");
    private static final Path README = Path.of("../README.md");

    @Test
    void theQuickStartPaysEachLineOnceAndASecondRunIsRefusedByTheJournal(@TempDir Path dir) {
        Batch batch = Batch.of(List.of(
                new CapitalistTransfer(AccountNumber.of("R0000002"), Money.of("150.00", Currency.RUR), "INV-2001", "Payout March"),
                new CapitalistTransfer(AccountNumber.of("R0000003"), Money.of("99.90", Currency.RUR), "INV-2002", "Payout March")));
        try (FakeApi2Server server = FakeApi2Server.start(Api2SandboxConfig.builder().timeline(Api2Timeline.immediate()).build())) {
            Api2BatchOutcome outcome = Api2QuickStart.payOut(server.uri(), Api2SandboxIdentity.API_KEY,
                    Secret.of(Api2SandboxIdentity.API_SECRET), dir, batch);

            assertThat(outcome.results()).extracting(Api2PayoutResult::status)
                    .containsExactly(Api2PayoutResult.Status.CREATED, Api2PayoutResult.Status.CREATED);
            assertThat(server.payments()).hasSize(2);

            Throwable again = org.assertj.core.api.Assertions.catchThrowable(() -> Api2QuickStart.payOut(server.uri(),
                    Api2SandboxIdentity.API_KEY, Secret.of(Api2SandboxIdentity.API_SECRET), dir, batch));
            assertThat(again).hasRootCauseInstanceOf(io.capitalist4j.application.port.in.PaymentNumbersHeldException.class);
            assertThat(server.payments()).hasSize(2);
        }
    }

    @Test
    void theReadmeShowsExactlyTheCodeThisTestRuns() throws IOException {
        String snippet = between(Files.readString(SOURCE, StandardCharsets.UTF_8),
                "// README API2 quick start: begin\n", "// README API2 quick start: end");
        String section = between(Files.readString(README, StandardCharsets.UTF_8), "## API2\n", "\n## ");

        assertThat(normalised(section)).contains(normalised(snippet));
    }

    private static String between(String text, String begin, String end) {
        int from = text.indexOf(begin);
        assertThat(from).as("begin marker %s", begin).isNotNegative();
        int to = text.indexOf(end, from + begin.length());
        assertThat(to).as("end marker %s", end).isGreaterThan(from);
        return text.substring(from + begin.length(), to);
    }

    private static String normalised(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }
}
