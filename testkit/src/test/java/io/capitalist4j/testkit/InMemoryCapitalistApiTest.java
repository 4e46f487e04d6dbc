package io.capitalist4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.capitalist4j.application.port.out.ImportBatchRequest;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.RecordState;
import io.capitalist4j.domain.batch.Verification;
import io.capitalist4j.domain.error.AuthenticationException;
import io.capitalist4j.domain.error.InsufficientFundsException;
import io.capitalist4j.domain.error.RequestRejectedException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryCapitalistApiTest {

    static BatchReceipt upload(InMemoryCapitalistApi api, String text) {
        return api.importBatch(new ImportBatchRequest(BatchText.of(text),
                Verification.pinHash(RawClient.md5(SandboxIdentity.PIN)), Map.of())).toCompletableFuture().join();
    }

    @Test
    void failuresAreTheApiExceptionSubtypesOfTheirCodes() {
        SandboxBank bank = SandboxBank.sandbox();
        Throwable wrongPassword = catchThrowable(() -> bank.inMemoryApi("sandbox", "nope").getAccounts()
                .toCompletableFuture().join());
        assertThat(wrongPassword.getCause()).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("15").hasMessageNotContaining("nope");
        Throwable tooMuch = catchThrowable(() -> upload(bank.inMemoryApi(), "CAPITALIST;R0000002;2000000.00;RUR;X;big"));
        assertThat(tooMuch.getCause()).isInstanceOf(InsufficientFundsException.class);
        Throwable badPage = catchThrowable(() -> bank.inMemoryApi().getBatchInfo(BatchId.of("no-such-batch"),
                BatchPageRequest.unpaged()).toCompletableFuture().join());
        assertThat(badPage.getCause()).isInstanceOf(RequestRejectedException.class);
        assertThat(bank.count("get_accounts")).isEqualTo(1);
        assertThat(bank.requests()).allSatisfy(r -> assertThat(r.channel()).isEqualTo("in-memory"));
    }

    @Test
    void balancesEndAtOpeningLessProcessedAmountsWithNothingLeftBlocked() {
        qt().withExamples(30).forAll(lists().of(integers().between(1, 5000)).ofSizeBetween(1, 20),
                integers().between(0, 4)).checkAssert((cents, declinedEvery) -> {
            ManualClock clock = ManualClock.fixed();
            SandboxBank bank = SandboxBank.create(SandboxConfig.sandbox().clock(clock)
                    .timeline(Timeline.steps(Duration.ofSeconds(10)))
                    .outcomePolicy(OutcomePolicy.declineWhen(o -> declinedEvery > 0
                            && Integer.parseInt(o.paymentNumber().substring(1)) % declinedEvery == 0, "declined")).build());
            StringBuilder text = new StringBuilder();
            BigDecimal processed = BigDecimal.ZERO;
            BigDecimal all = BigDecimal.ZERO;
            for (int i = 0; i < cents.size(); i++) {
                BigDecimal amount = BigDecimal.valueOf(cents.get(i), 2);
                text.append(i > 0 ? "\n" : "").append("CAPITALIST;R0000002;").append(amount.toPlainString())
                        .append(";RUR;N").append(i + 1).append(";p");
                all = all.add(amount);
                if (!(declinedEvery > 0 && (i + 1) % declinedEvery == 0)) {
                    processed = processed.add(amount);
                }
            }
            BatchReceipt receipt = upload(bank.inMemoryApi(), text.toString());
            assertThat(bank.account("R0000001").blocked()).isEqualByComparingTo(all);
            clock.advance(Duration.ofSeconds(30));
            assertThat(bank.records(receipt.id())).allSatisfy(r -> assertThat(r.state().isFinal()).isTrue());
            assertThat(bank.account("R0000001").blocked()).isEqualByComparingTo("0");
            assertThat(bank.account("R0000001").balance())
                    .isEqualByComparingTo(new BigDecimal("1000000.00").subtract(processed));
        });
    }

    @Test
    void aCapitalistTransferToAKnownAccountArrivesThere() {
        ManualClock clock = ManualClock.fixed();
        SandboxBank bank = SandboxBank.create(SandboxConfig.sandbox().clock(clock).timeline(Timeline.immediate())
                .user(SandboxUser.builder("friend", "pw").account(SandboxAccount.of("R0000500", "Friend",
                        io.capitalist4j.domain.money.Money.of("0.00", io.capitalist4j.domain.money.Currency.RUR))).build())
                .build());
        BatchReceipt r = upload(bank.inMemoryApi(), "CAPITALIST;R0000500;7.25;RUR;T1;gift");
        assertThat(bank.records(r.id())).extracting(x -> x.state()).containsExactly(RecordState.PROCESSED);
        assertThat(bank.account("R0000500").balance()).isEqualByComparingTo("7.25");
        assertThat(bank.inMemoryApi("friend", "pw").isVerifiedAccount(AccountNumber.of("R0000001"))
                .toCompletableFuture().join()).isTrue();
    }

    @Test
    void fixturesBuildBatchesTheSandboxAccepts() {
        InMemoryCapitalistApi api = InMemoryCapitalistApi.sandbox();
        BatchReceipt r = upload(api, Batches.text(Batches.sample()).text());
        assertThat(r.rejections()).isEmpty();
        assertThat(r.summary().get(io.capitalist4j.domain.money.Currency.RUR)).isEqualByComparingTo("35.50");
        assertThat(Batches.capitalistTransfers(3).size()).isEqualTo(3);
        assertThat(List.of(Orders.ruCard("150.00"), Orders.sbp("79001234567", "600.00"))).hasSize(2);
    }
}
