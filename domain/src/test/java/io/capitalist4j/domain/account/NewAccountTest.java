package io.capitalist4j.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.domain.money.Currency;
import org.junit.jupiter.api.Test;

class NewAccountTest {

    @Test
    void anAccountToOpenKeepsItsCurrencyAndName() {
        NewAccount account = new NewAccount(Currency.USD, "Payouts USD");

        assertThat(account.currency()).isEqualTo(Currency.USD);
        assertThat(account.name()).isEqualTo("Payouts USD");
    }

    @Test
    void aBlankNameIsRefused() {
        assertThatThrownBy(() -> new NewAccount(Currency.RUR, "  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the account name must not be blank");
    }

    @Test
    void aNameWithAControlCharacterIsRefused() {
        assertThatThrownBy(() -> new NewAccount(Currency.RUR, "a\nb"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the account name must not hold control characters");
    }
}
