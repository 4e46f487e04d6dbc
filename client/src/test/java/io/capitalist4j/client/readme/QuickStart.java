package io.capitalist4j.client.readme;

// README quick start: begin
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.port.in.BatchOutcome;
import io.capitalist4j.application.port.in.WaitOptions;
import io.capitalist4j.client.Capitalist;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

class QuickStart {

    static BatchOutcome payOut(URI endpoint, String login, Secret password, Path keyFile, Secret keyPassword) {
        try (CapitalistClient client = Capitalist.builder()
                .endpoint(endpoint)
                .credentials(login, password)
                .signingKey(keyFile, keyPassword)
                .build()) {
            Batch batch = Batch.of(List.of(
                    new CapitalistTransfer(AccountNumber.of("R0000002"), Money.of("150.00", Currency.RUR),
                            "INV-1001", "Payout March"),
                    new CapitalistTransfer(AccountNumber.of("U0000002"), Money.of("75.50", Currency.USD),
                            "INV-1002", "Payout March")));
            // Signed with the key and sent once, never retried. An OutcomeUnknownException means it may have
            // been accepted: reconcile its payment numbers before sending again (docs/client.md).
            var submitted = client.blocking().submit(batch);
            submitted.rejections().forEach(r -> System.out.println("rejected at upload: " + r));
            return client.blocking().awaitCompletion(submitted.id(),
                    WaitOptions.of(Duration.ofSeconds(1), Duration.ofMinutes(30)));
        }
    }
}
// README quick start: end
