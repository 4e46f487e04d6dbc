package io.capitalist4j.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.domain.auth.Redaction;
import io.capitalist4j.domain.money.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountNumberTest {

    @Test
    void acceptsACurrencyLetterFollowedByDigits() {
        assertThat(AccountNumber.of("R0100271").value()).isEqualTo("R0100271");
        assertThat(AccountNumber.of("U1")).hasToString("U1");
        assertThat(AccountNumber.isValid("E0978111")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"r0100271", "R", "0100271", "R01002 71", "R0100271A", "RU0100271", "R012345678901234",
            "", "R０１"})
    void rejectsAnythingElse(String text) {
        assertThat(AccountNumber.isValid(text)).isFalse();
        assertThatThrownBy(() -> AccountNumber.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + Redaction.maskDigitRuns(text) + "'");
    }

    @Test
    void isValidIsFalseForNull() {
        assertThat(AccountNumber.isValid(null)).isFalse();
    }

    @Test
    void theKnownPrefixesNameTheirCurrency() {
        assertThat(AccountNumber.of("R0100271").currency()).contains(Currency.RUR);
        assertThat(AccountNumber.of("U0100651").currency()).contains(Currency.USD);
        assertThat(AccountNumber.of("E0978111").currency()).contains(Currency.EUR);
        assertThat(AccountNumber.of("B0978166").currency()).contains(Currency.BTC);
        assertThat(AccountNumber.of("T0100001").currency()).contains(Currency.USDT);
        assertThat(AccountNumber.of("H0100001").currency()).contains(Currency.ETH);
        assertThat(AccountNumber.of("X0100001").currency()).isEmpty();
    }
}
