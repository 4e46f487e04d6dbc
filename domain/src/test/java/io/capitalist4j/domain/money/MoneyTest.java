package io.capitalist4j.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void keepsTheAmountAtTheScaleOfItsCurrency() {
        assertThat(Money.of("10", Currency.RUR).amount()).isEqualTo(new BigDecimal("10.00"));
        assertThat(Money.of("1.1", Currency.USD).toWire()).isEqualTo("1.10");
        assertThat(Money.of("2", Currency.BTC).toWire()).isEqualTo("2.00000000");
        assertThat(Money.of("0.00000001", Currency.BTC).amount().scale()).isEqualTo(8);
    }

    @Test
    void rejectsAnAmountWithMoreDecimalsThanTheCurrencyAllowsInsteadOfRounding() {
        assertThatThrownBy(() -> Money.of("1.005", Currency.RUR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.005").hasMessageContaining("RUR");
        assertThatThrownBy(() -> Money.of("0.000000001", Currency.BTC)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(new BigDecimal("0.125"), Currency.EUR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsTrailingZerosBeyondTheScaleBecauseTheValueDoesNotChange() {
        assertThat(Money.of("1.50000", Currency.RUR).toWire()).isEqualTo("1.50");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5", "1e3", "1E3", "+1", " 1", "1 ", "", ".5", "5.", "1.000,00", "1 000", "0x10",
            "١٢", "NaN", "--1", "1.2.3"})
    void rejectsTextThatIsNotPlainDigitsWithADotSeparator(String text) {
        assertThatThrownBy(() -> Money.of(text, Currency.RUR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + text + "'");
    }

    @Test
    void writesPlainDigitsWithADotAndNeverAnExponent() {
        assertThat(Money.of(new BigDecimal("1E+3"), Currency.RUR).toWire()).isEqualTo("1000.00");
        assertThat(Money.of(new BigDecimal("1E-8"), Currency.BTC).toWire()).isEqualTo("0.00000001");
        assertThat(Money.of("12.5", Currency.USD)).hasToString("12.50 USD");
    }

    @Test
    void requirePositiveRejectsZeroAndNegativeAmountsNamingTheField() {
        assertThatThrownBy(() -> Money.zero(Currency.RUR).requirePositive("amount"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("amount");
        assertThatThrownBy(() -> Money.of("-1", Currency.RUR).requirePositive("amount"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1.00");
        assertThat(Money.of("0.01", Currency.RUR).requirePositive("amount").isPositive()).isTrue();
        assertThat(Money.zero(Currency.USD).isZero()).isTrue();
    }

    @Test
    void addsAndSubtractsOnlyWithinOneCurrency() {
        Money a = Money.of("1.10", Currency.USD);
        assertThat(a.plus(Money.of("2.25", Currency.USD)).toWire()).isEqualTo("3.35");
        assertThat(a.minus(Money.of("2.25", Currency.USD)).toWire()).isEqualTo("-1.15");
        assertThat(a.compareTo(Money.of("1.1", Currency.USD))).isZero();
        assertThatThrownBy(() -> a.plus(Money.of("1", Currency.EUR)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currency mismatch");
        assertThatThrownBy(() -> a.compareTo(Money.of("1", Currency.EUR))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWireTextParsesBackToTheSameValueAndScale() {
        for (Currency currency : new Currency[] {Currency.RUR, Currency.BTC, Currency.of("XYZ")}) {
            qt().withExamples(300).forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L)).checkAssert(minor -> {
                Money money = Money.of(BigDecimal.valueOf(minor, currency.scale()), currency);
                Money back = Money.of(money.toWire(), currency);

                assertThat(back).isEqualTo(money);
                assertThat(back.amount().scale()).isEqualTo(currency.scale());
                assertThat(money.toWire()).matches("-?[0-9]+(\\.[0-9]+)?");
            });
        }
    }

    @Test
    void knowsTheApiCurrencyCodesAndGivesUnknownCodesTheDefaultScale() {
        assertThat(Currency.of("RUR")).isSameAs(Currency.RUR);
        assertThat(Currency.of("BTC").scale()).isEqualTo(8);
        assertThat(Currency.of("ETH").scale()).isEqualTo(8);
        assertThat(Currency.of("USDT").isKnown()).isTrue();
        Currency unknown = Currency.of("GBP");
        assertThat(unknown.isKnown()).isFalse();
        assertThat(unknown.scale()).isEqualTo(Currency.DEFAULT_SCALE);
        assertThat(unknown).hasToString("GBP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rur", "RU", "RUBLES", "R1R", "", "RÜR"})
    void rejectsACurrencyCodeThatIsNotThreeToFiveUpperCaseLetters(String code) {
        assertThatThrownBy(() -> Currency.of(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsACurrencyScaleOutOfRange() {
        assertThatThrownBy(() -> new Currency("ABC", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Currency("ABC", 19)).isInstanceOf(IllegalArgumentException.class);
    }
}
