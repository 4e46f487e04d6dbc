package io.capitalist4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.capitalist4j.domain.account.Account;
import io.capitalist4j.domain.account.CreatedAccount;
import io.capitalist4j.domain.account.NewAccount;
import io.capitalist4j.domain.document.PaymentNotification;
import io.capitalist4j.domain.error.ApiException;
import io.capitalist4j.domain.money.Currency;
import org.junit.jupiter.api.Test;

/** The port fake offers create_account and add_payment_notification as the sandbox server does. */
class InMemoryMoreOperationsTest {

    @Test
    void aCreatedAccountIsNumberedFromTheNewRangeAndListedByGetAccounts() {
        SandboxBank bank = SandboxBank.sandbox();
        InMemoryCapitalistApi api = bank.inMemoryApi();

        CreatedAccount created = api.createAccount(new NewAccount(Currency.USD, "Payouts USD")).toCompletableFuture().join();

        assertThat(created.number().value()).isEqualTo("U0200001");
        assertThat(created.currency()).isEqualTo(Currency.USD);
        assertThat(created.name()).isEqualTo("Payouts USD");
        assertThat(api.getAccounts().toCompletableFuture().join().accounts())
                .extracting(a -> a.number().value(), Account::name)
                .contains(org.assertj.core.groups.Tuple.tuple("U0200001", "Payouts USD"));
        assertThat(bank.count("create_account")).isEqualTo(1);
    }

    @Test
    void aCurrencyTheSandboxDoesNotOpenIsRefusedWithCode170() {
        Throwable refused = catchThrowable(() -> SandboxBank.sandbox().inMemoryApi()
                .createAccount(new NewAccount(Currency.BTC, "Coins")).toCompletableFuture().join());

        assertThat(refused.getCause()).isInstanceOf(ApiException.class);
        assertThat(((ApiException) refused.getCause()).error().code()).isEqualTo(170);
    }

    @Test
    void aPaymentNotificationIsTakenWithNoMessage() {
        SandboxBank bank = SandboxBank.sandbox();

        String message = bank.inMemoryApi().addPaymentNotification(new PaymentNotification("51000003",
                PaymentNotification.Channel.EMAIL, "payee@example.com", PaymentNotification.Language.EN))
                .toCompletableFuture().join();

        assertThat(message).isEmpty();
        assertThat(bank.count("add_payment_notification")).isEqualTo(1);
    }
}
