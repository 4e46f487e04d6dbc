package io.capitalist4j.domain.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConversionQuoteTest {

    /** The documented currency_rates example (reference §6.13), trimmed to what the tests read. */
    private static final CurrencyRates DOCUMENTED = new CurrencyRates(
            List.of(rate("EUR", "1.1", "USD"), rate("BTC", "3520.33", "USD"), rate("USD", "66.19", "RUR")),
            List.of(rate("EUR", "1.17", "USD"), rate("EUR", "78.85", "RUR")),
            List.of(new Rate("USD", new BigDecimal("2765.00"), "UAH", Optional.of(100))));

    private static Rate rate(String target, String amount, String currency) {
        return new Rate(target, new BigDecimal(amount), currency, Optional.empty());
    }

    @Test
    void v1BuyingTheTargetPaysItsSellPrice() {
        ConversionQuote q = DOCUMENTED.quote(Currency.USD, Currency.EUR).orElseThrow();
        assertThat(q.give()).isEqualByComparingTo("1.17");
        assertThat(q.receive()).isEqualByComparingTo("1");
        assertThat(q.receiveFor(Money.of("117.00", Currency.USD), RoundingMode.UNNECESSARY))
                .isEqualTo(Money.of("100.00", Currency.EUR));
    }

    @Test
    void v1SellingTheTargetReceivesItsBuyPrice() {
        ConversionQuote q = DOCUMENTED.quote(Currency.EUR, Currency.USD).orElseThrow();
        assertThat(q.give()).isEqualByComparingTo("1");
        assertThat(q.receive()).isEqualByComparingTo("1.1");
        assertThat(q.receiveFor(Money.of("10.00", Currency.EUR), RoundingMode.UNNECESSARY))
                .isEqualTo(Money.of("11.00", Currency.USD));
    }

    @Test
    void v1ReadingNeverOffersARoundTripThatGains() {
        // The documented example prices sell above buy: USD -> EUR -> USD must lose, never gain.
        Money start = Money.of("1000.00", Currency.USD);
        Money eur = DOCUMENTED.quote(Currency.USD, Currency.EUR).orElseThrow().receiveFor(start, RoundingMode.DOWN);
        Money back = DOCUMENTED.quote(Currency.EUR, Currency.USD).orElseThrow().receiveFor(eur, RoundingMode.DOWN);
        assertThat(back.compareTo(start)).isNegative();
    }

    @Test
    void v1UahSellPricesAHundredUnits() {
        ConversionQuote q = DOCUMENTED.quote(Currency.UAH, Currency.USD).orElseThrow();
        assertThat(q.give()).isEqualByComparingTo("2765.00");
        assertThat(q.receive()).isEqualByComparingTo("100");
        assertThat(q.receiveFor(Money.of("27.65", Currency.UAH), RoundingMode.UNNECESSARY))
                .isEqualTo(Money.of("1.00", Currency.USD));
    }

    @Test
    void v1PairNobodyQuotesIsEmptyAndSameCurrencyIsOneForOne() {
        assertThat(DOCUMENTED.quote(Currency.KZT, Currency.BTC)).isEmpty();
        assertThat(DOCUMENTED.quote(Currency.BTC, Currency.EUR)).isEmpty();
        ConversionQuote same = DOCUMENTED.quote(Currency.RUR, Currency.RUR).orElseThrow();
        assertThat(same.receiveFor(Money.of("12.34", Currency.RUR), RoundingMode.UNNECESSARY))
                .isEqualTo(Money.of("12.34", Currency.RUR));
    }

    @Test
    void nothingRoundsUnlessTheCallerSaysHow() {
        ConversionQuote q = ConversionQuote.perUnit(Currency.EUR, Currency.USD, new BigDecimal("1.0842"));
        Money ten = Money.of("10.01", Currency.EUR); // 10.852842 USD
        assertThatThrownBy(() -> q.receiveFor(ten, RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
        assertThat(q.receiveFor(ten, RoundingMode.HALF_UP)).isEqualTo(Money.of("10.85", Currency.USD));
        assertThat(q.receiveFor(ten, RoundingMode.UP)).isEqualTo(Money.of("10.86", Currency.USD));
    }

    @Test
    void convertingKeepsTheTargetScaleAndRefusesAnotherCurrency() {
        ConversionQuote q = new ConversionQuote(Currency.USD, Currency.BTC, new BigDecimal("62000.00"), BigDecimal.ONE);
        assertThat(q.receiveFor(Money.of("31.00", Currency.USD), RoundingMode.UNNECESSARY))
                .isEqualTo(Money.of("0.00050000", Currency.BTC));
        assertThatThrownBy(() -> q.receiveFor(Money.of("1.00", Currency.EUR), RoundingMode.DOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("converts USD, not EUR");
        assertThatThrownBy(() -> new ConversionQuote(Currency.USD, Currency.EUR, BigDecimal.ZERO, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundingDownNeverGivesMoreThanTheExactRatio() {
        ConversionQuote q = new ConversionQuote(Currency.RUR, Currency.USD, new BigDecimal("95.10"), BigDecimal.ONE);
        qt().withExamples(300).forAll(longs().between(1, 1_000_000_000L)).checkAssert(kopecks -> {
            Money rub = Money.of(BigDecimal.valueOf(kopecks, 2), Currency.RUR);
            Money usd = q.receiveFor(rub, RoundingMode.DOWN);
            // usd * 95.10 <= rub < (usd + 0.01) * 95.10
            assertThat(usd.amount().multiply(q.give())).isLessThanOrEqualTo(rub.amount());
            assertThat(usd.amount().add(new BigDecimal("0.01")).multiply(q.give())).isGreaterThan(rub.amount());
        });
    }
}
