package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.capitalist4j.adapter.api2.Api2Credentials;
import io.capitalist4j.adapter.api2.Api2Http;
import io.capitalist4j.adapter.api2.Api2HttpApi;
import io.capitalist4j.adapter.api2.Api2Options;
import io.capitalist4j.application.Api2Client;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.Payouts;
import io.capitalist4j.application.port.in.PaymentNumbersHeldException;
import io.capitalist4j.application.port.in.PayoutLine;
import io.capitalist4j.application.port.in.PayoutLine.PayoutStatus;
import io.capitalist4j.application.port.in.PayoutRun;
import io.capitalist4j.client.Capitalist;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import io.capitalist4j.reliability.support.Stages;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.SandboxConfig;
import io.capitalist4j.testkit.SandboxIdentity;
import io.capitalist4j.testkit.Timeline;
import io.capitalist4j.testkit.api2.Api2SandboxConfig;
import io.capitalist4j.testkit.api2.Api2SandboxIdentity;
import io.capitalist4j.testkit.api2.Api2Timeline;
import io.capitalist4j.testkit.api2.FakeApi2Server;
import io.capitalist4j.testkit.journal.InMemoryPayoutJournal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same protocol-neutral code ({@link #payAndFollow}) pays one batch over v1 and over API2: it never asks which
 * protocol it talks to.
 */
class PayoutsOnBothProtocolsTest {

    private static final Batch BATCH = Batch.of(List.of(
            new CapitalistTransfer(AccountNumber.of("R0000002"), Money.of("12.00", Currency.RUR), "BOTH-1", "payout 1"),
            new CapitalistTransfer(AccountNumber.of("R0000002"), Money.of("13.50", Currency.RUR), "BOTH-2", "payout 2")));

    /** What a payout job does, whatever the protocol. */
    private static PayoutRun payAndFollow(Payouts payouts) {
        PayoutRun sent = Stages.value(payouts.submit(BATCH));
        assertThat(sent.with(PayoutStatus.ACCEPTED)).as(payouts.protocol()).hasSize(2);
        PayoutRun done = Stages.value(payouts.awaitFinal(sent, Duration.ofMillis(20), Duration.ofSeconds(20)));
        Period today = Period.of(LocalDate.now(Clock.system(Period.API_ZONE)).minusDays(1),
                LocalDate.now(Clock.system(Period.API_ZONE)));
        Map<String, Boolean> held = Stages.value(payouts.reconcile(List.of("BOTH-1", "BOTH-2", "NEVER-SENT"), today));
        assertThat(held).as(payouts.protocol()).containsExactly(Map.entry("BOTH-1", true), Map.entry("BOTH-2", true),
                Map.entry("NEVER-SENT", false));
        assertThat(Stages.value(payouts.balances())).as(payouts.protocol())
                .anySatisfy(a -> assertThat(a.currency()).isEqualTo(Currency.RUR));
        Throwable again = catchThrowable(() -> Stages.value(payouts.submit(BATCH)));
        assertThat(again).as(payouts.protocol() + ": the journal refuses the same batch twice")
                .satisfies(t -> assertThat(t instanceof PaymentNumbersHeldException
                        || t.getCause() instanceof PaymentNumbersHeldException
                        || (t.getCause() instanceof CompletionException
                        && t.getCause().getCause() instanceof PaymentNumbersHeldException)).isTrue());
        assertThat(Stages.value(payouts.quote(Currency.KZT, Currency.BTC))).as(payouts.protocol()
                + ": a pair the server does not quote").isEmpty();
        assertThat(Stages.value(payouts.quote(Currency.RUR, Currency.RUR)).orElseThrow()
                .receiveFor(Money.of("12.00", Currency.RUR), RoundingMode.UNNECESSARY))
                .isEqualTo(Money.of("12.00", Currency.RUR));
        return done;
    }

    @Test
    void overV1(@TempDir Path dir) {
        Path keys = SandboxIdentity.writeKeyFiles(dir);
        try (FakeCapitalistServer server = FakeCapitalistServer.start(
                SandboxConfig.sandbox().timeline(Timeline.immediate()).build());
             CapitalistClient client = Capitalist.builder().endpoint(server.uri())
                     .credentials(SandboxIdentity.LOGIN, Secret.of(SandboxIdentity.PASSWORD))
                     .signingKey(keys.resolve(SandboxIdentity.ENCRYPTED_KEY_FILE), Secret.of(SandboxIdentity.CERTIFICATE_PASSWORD))
                     .journal(new InMemoryPayoutJournal()).build()) {
            PayoutRun done = payAndFollow(client.payouts());

            assertThat(done.lines()).extracting(PayoutLine::status).containsExactly(PayoutStatus.PAID, PayoutStatus.PAID);
            assertThat(server.count("import_batch_advanced")).isEqualTo(1);
            // The sandbox sells USD at 95.10 RUR (currency_rates' sell list) and buys it at 90.50.
            assertThat(Stages.value(client.payouts().quote(Currency.RUR, Currency.USD)).orElseThrow()
                    .receiveFor(Money.of("951.00", Currency.RUR), RoundingMode.UNNECESSARY))
                    .isEqualTo(Money.of("10.00", Currency.USD));
            assertThat(Stages.value(client.payouts().quote(Currency.USD, Currency.RUR)).orElseThrow()
                    .receiveFor(Money.of("10.00", Currency.USD), RoundingMode.UNNECESSARY))
                    .isEqualTo(Money.of("905.00", Currency.RUR));
        }
    }

    @Test
    void overApi2() {
        try (FakeApi2Server server = FakeApi2Server.start(Api2SandboxConfig.builder().timeline(Api2Timeline.immediate()).build())) {
            Api2HttpApi api = Api2Http.create(Api2Options.builder().baseUrl(server.uri()).build(),
                    Api2Credentials.of(Api2SandboxIdentity.API_KEY, Secret.of(Api2SandboxIdentity.API_SECRET)));
            try (Api2Client client = Api2Client.builder().api(api).owning(api)
                    .journal(new InMemoryPayoutJournal(), "api2:" + Api2SandboxIdentity.API_KEY).build()) {
                PayoutRun done = payAndFollow(client.payouts());

                assertThat(done.lines()).extracting(PayoutLine::status).containsExactly(PayoutStatus.PAID, PayoutStatus.PAID);
                assertThat(server.payments()).hasSize(2);
                // GET /v1/rate?from=EUR&to=USD: 1.0842 USD for one EUR.
                assertThat(Stages.value(client.payouts().quote(Currency.EUR, Currency.USD)).orElseThrow()
                        .receiveFor(Money.of("100.00", Currency.EUR), RoundingMode.UNNECESSARY))
                        .isEqualTo(Money.of("108.42", Currency.USD));
            }
        }
    }
}
