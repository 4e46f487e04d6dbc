package io.capitalist4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.adapter.http.AuthMode;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.application.port.out.CapitalistApiPort;
import io.capitalist4j.application.port.out.ImportBatchRequest;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.Verification;
import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.HistoryQuery;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.domain.error.ApiException;
import io.capitalist4j.domain.fee.DocumentType;
import io.capitalist4j.domain.fee.FeeQuery;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.rate.CurrencyRates;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same scenario against the HTTP server (through the production Vert.x client, in every answer format)
 * and against {@link InMemoryCapitalistApi} gives the same domain values.
 */
class ContractTest {

    static final String BATCH = "CAPITALIST;R0000002;10.00;RUR;P1;Payout one\n"
            + "CAPITALIST;R0000009;5.00;RUR;P2;Payout two\n"
            + "RUCARD;4276380079956882;150.00;RUR;P3;bad card;Ivan;Ivanov\n"
            + "CAPITALIST;U0000002;1.50;USD;P4;Payout four";
    static final Duration STEP = Duration.ofMinutes(1);

    static SandboxConfig config(ManualClock clock) {
        return SandboxConfig.sandbox().legacyFormats(true).clock(clock).timeline(Timeline.steps(STEP)).idSeed(42)
                .feePolicy(FeePolicy.percent(new BigDecimal("1.5")))
                .outcomePolicy(OutcomePolicy.declineBeneficiary("R0000009", "recipient account is blocked")).build();
    }

    static <T> T get(CompletionStage<T> stage) {
        return stage.toCompletableFuture().join();
    }

    /** Everything the scenario observed, in order. */
    static List<Object> scenario(CapitalistApiPort port, ManualClock clock) {
        List<Object> seen = new ArrayList<>();
        BatchText text = BatchText.of(BATCH);
        BatchReceipt receipt = get(port.importBatch(new ImportBatchRequest(text,
                Verification.signature(RawClient.sign(BATCH)), Map.of(Currency.RUR, AccountNumber.of("R0000001")))));
        seen.add(receipt);
        seen.add(get(port.getAccounts()));
        seen.add(get(port.getBatchInfo(receipt.id(), BatchPageRequest.ofPage(0, 2))));
        clock.advance(STEP.multipliedBy(3));
        seen.add(get(port.getBatchInfo(receipt.id(), BatchPageRequest.ofOffset(2, 2))));
        seen.add(get(port.getBatchInfo(receipt.id(), BatchPageRequest.unpaged())));
        seen.add(get(port.getAccounts()));
        LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/Moscow"));
        seen.add(get(port.searchDocuments(new DocumentSearch(Period.of(today.minusDays(1), today), Optional.of("P2")))));
        seen.add(get(port.getHistory(HistoryQuery.all())));
        seen.add(get(port.getHistory(HistoryQuery.all().withState(io.capitalist4j.domain.document.DocumentStateFilter.DECLINED))));
        seen.add(get(port.isVerifiedAccount(AccountNumber.of("U0000001"))));
        seen.add(get(port.getCurrencyRates()));
        seen.add(get(port.getDocumentFee(FeeQuery.of(DocumentType.RUCARD, AccountNumber.of("R0000001"), new BigDecimal("100")))));

        String mobileId = get(port.importBatch(new ImportBatchRequest(BatchText.of("CAPITALIST;R0000002;1.00;RUR;M1;m"),
                Verification.mobile(), Map.of()))).id().value();
        seen.add(get(port.processBatch(io.capitalist4j.domain.batch.BatchId.of(mobileId), Secret.of("000000"))));
        seen.add(get(port.processBatch(io.capitalist4j.domain.batch.BatchId.of(mobileId), Secret.of(SandboxIdentity.SMS_CODE))));

        Throwable refused = catchThrowable(() -> get(port.importBatch(new ImportBatchRequest(text,
                Verification.pinHash(RawClient.md5("0000")), Map.of()))));
        ApiException api = (ApiException) refused.getCause();
        seen.add(api.getClass().getSimpleName() + " " + api.code());
        return seen;
    }

    @ParameterizedTest
    @EnumSource(ResponseFormat.class)
    void theHttpServerAndTheInMemoryPortAnswerTheSameScenarioAlike(ResponseFormat format) {
        ManualClock memoryClock = ManualClock.fixed();
        List<Object> inMemory = scenario(SandboxBank.create(config(memoryClock)).inMemoryApi(), memoryClock);

        ManualClock httpClock = ManualClock.fixed();
        List<Object> overHttp;
        try (FakeCapitalistServer server = FakeCapitalistServer.start(config(httpClock));
             CapitalistHttpApi api = VertxHttp.create(HttpOptions.builder().baseUrl(server.uri()).format(format)
                             .authMode(AuthMode.TOKEN).readRetries(0).build(),
                     Credentials.of(SandboxIdentity.LOGIN, Secret.of(SandboxIdentity.PASSWORD)),
                     BouncyCastleSigning.passwordCipher())) {
            overHttp = scenario(api, httpClock);
            assertThat(server.count("import_batch_advanced")).isEqualTo(3);
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        assertThat(overHttp).hasSameSizeAs(inMemory);
        if (format != ResponseFormat.JSON) {
            // CSV rate lines have no targetAmount column
            CurrencyRates r = (CurrencyRates) inMemory.get(10);
            List<io.capitalist4j.domain.rate.Rate> uah = new ArrayList<>();
            r.uahSell().forEach(x -> uah.add(new io.capitalist4j.domain.rate.Rate(x.target(), x.amount(),
                    x.amountCurrency(), Optional.empty())));
            inMemory.set(10, new CurrencyRates(r.buy(), r.sell(), uah));
        }
        for (int i = 0; i < inMemory.size(); i++) {
            var comparison = assertThat(overHttp.get(i)).as("observation %d in %s", i, format).usingRecursiveComparison();
            if (format != ResponseFormat.JSON && inMemory.get(i) instanceof BatchReceipt) {
                // the CSV receipt line has sums only: no fee and no netto columns exist in that layout
                comparison = comparison.ignoringFields("fee", "nettoSummary");
            }
            if (format != ResponseFormat.JSON && inMemory.get(i) instanceof AccountsOverview) {
                // the CSV get_accounts line 1 has RUR, USD and EUR totals only
                comparison = comparison.ignoringFields("summary");
            }
            comparison
                    .withComparatorForType(Comparator.naturalOrder(), BigDecimal.class)
                    .isEqualTo(inMemory.get(i));
        }
    }
}
