package io.capitalist4j.testkit;

import io.capitalist4j.domain.rate.CurrencyRates;
import io.capitalist4j.domain.rate.Rate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The fixed sandbox currency_rates (shaped like the documented example; the numbers are made up). */
final class SandboxRates {

    private SandboxRates() {
    }

    static CurrencyRates defaults() {
        List<Rate> buy = List.of(rate("EUR", "1.1", "USD"), rate("BTC", "60000.00", "USD"),
                rate("BTC", "55000.00", "EUR"), rate("BTC", "5500000.00", "RUR"),
                rate("USD", "90.50", "RUR"), rate("EUR", "99.20", "RUR"));
        List<Rate> sell = List.of(rate("EUR", "1.17", "USD"), rate("BTC", "62000.00", "USD"),
                rate("BTC", "57000.00", "EUR"), rate("BTC", "5700000.00", "RUR"),
                rate("USD", "95.10", "RUR"), rate("EUR", "103.40", "RUR"));
        List<Rate> uahSell = List.of(new Rate("USD", new BigDecimal("4150.00"), "UAH", Optional.of(100)),
                new Rate("EUR", new BigDecimal("4520.00"), "UAH", Optional.of(100)));
        return new CurrencyRates(buy, sell, uahSell);
    }

    private static Rate rate(String target, String amount, String currency) {
        return new Rate(target, new BigDecimal(amount), currency, Optional.empty());
    }
}
