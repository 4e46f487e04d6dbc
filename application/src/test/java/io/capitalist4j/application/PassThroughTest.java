package io.capitalist4j.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.application.port.in.ConfirmBatchCommand;
import io.capitalist4j.domain.account.Account;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.ConfirmationResult;
import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.domain.error.ApiError;
import io.capitalist4j.domain.error.RequestRejectedException;
import io.capitalist4j.domain.fee.DocumentType;
import io.capitalist4j.domain.fee.FeeQuery;
import io.capitalist4j.domain.fee.FeeQuote;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.rate.CurrencyRates;
import io.capitalist4j.domain.rate.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class PassThroughTest extends ClientTestBase {

    @Test
    void confirmsWithTheSmsCodeAndReportsAWrongCodeAsAnAnswer() {
        api.onProcess = (id, code) -> CompletableFuture.completedFuture(new ConfirmationResult(id, code.reveal().equals("1234") ? 1 : 2));
        Secret right = Secret.of("1234");

        ConfirmationResult ok = value(client().confirm(new ConfirmBatchCommand(Fixtures.BATCH_ID, right)));
        ConfirmationResult wrong = value(client().confirm(new ConfirmBatchCommand(Fixtures.BATCH_ID, Secret.of("9999"))));

        assertThat(ok.confirmed()).isTrue();
        assertThat(wrong.confirmed()).isFalse();
        assertThat(wrong.verificationSuccess()).isEqualTo(2);
        assertThat(api.otherArguments.get(0)).isEqualTo(Fixtures.BATCH_ID);
        assertThat(api.otherArguments.get(1)).isSameAs(right);
    }

    @Test
    void aConfirmCommandNeverShowsTheCode() {
        ConfirmBatchCommand command = new ConfirmBatchCommand(Fixtures.BATCH_ID, Secret.of("4711"));

        assertThat(command.toString()).doesNotContain("4711").contains(Fixtures.BATCH_ID.value());
        assertThatThrownBy(() -> new ConfirmBatchCommand(Fixtures.BATCH_ID, Secret.of("")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersAccountsRatesAndFeesAsTheApiGaveThem() {
        AccountsOverview accounts = new AccountsOverview(Map.of(Currency.RUR, new BigDecimal("115.00")),
                List.of(new Account("Main", AccountNumber.of("R0100050"), Currency.RUR, new BigDecimal("115.00"), BigDecimal.ZERO)));
        CurrencyRates rates = new CurrencyRates(List.of(new Rate("USD", new BigDecimal("92.1234"), "RUR", Optional.empty())),
                List.of(), List.of());
        FeeQuote quote = new FeeQuote(new BigDecimal("40.00"), "USD", new BigDecimal("100.00"));
        FeeQuery feeQuery = FeeQuery.of(DocumentType.WIRE, AccountNumber.of("U0100652"), new BigDecimal("100.00"));
        api.onAccounts = () -> CompletableFuture.completedFuture(accounts);
        api.onRates = () -> CompletableFuture.completedFuture(rates);
        api.onFee = q -> CompletableFuture.completedFuture(quote);
        api.onVerified = a -> CompletableFuture.completedFuture(a.value().equals("U1619957"));
        CapitalistClient client = client();

        assertThat(value(client.accounts())).isSameAs(accounts);
        assertThat(value(client.rates())).isSameAs(rates);
        assertThat(value(client.fee(feeQuery))).isSameAs(quote);
        assertThat(value(client.isVerified(AccountNumber.of("U1619957")))).isTrue();
        assertThat(value(client.isVerified(AccountNumber.of("U1000000")))).isFalse();
        assertThat(api.otherArguments).first().isSameAs(feeQuery);
    }

    @Test
    void searchesWithTheGivenCriteria() {
        List<FoundDocument> found = List.of(Fixtures.document("P-1", "5001", "PROCESSED"));
        api.onSearch = s -> CompletableFuture.completedFuture(found);
        DocumentSearch search = new DocumentSearch(Period.of(LocalDate.of(2025, 3, 25), LocalDate.of(2025, 3, 27)), Optional.of("P-1"));

        assertThat(value(client().search(search))).isSameAs(found);
        assertThat(api.searches).containsExactly(search);
    }

    @Test
    void turnsASynchronousThrowFromTheApiIntoAFailedStage() {
        RequestRejectedException refused = new RequestRejectedException("get_document_fee", new ApiError(190, "Unknown document type"));
        api.onFee = q -> {
            throw refused;
        };

        assertThat(failure(client().fee(FeeQuery.of(DocumentType.SBP, AccountNumber.of("R0100050"), BigDecimal.TEN))))
                .isSameAs(refused);
    }

    @Test
    void needsAnApiToBeBuilt() {
        assertThatThrownBy(() -> CapitalistClient.builder().build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("CapitalistApiPort");
    }
}
