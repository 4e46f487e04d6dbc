package io.capitalist4j.domain.rate;

import java.util.List;

/** currency_rates: buy, sell and the UAH sell table. */
public record CurrencyRates(List<Rate> buy, List<Rate> sell, List<Rate> uahSell) {
    public CurrencyRates {
        buy = List.copyOf(buy);
        sell = List.copyOf(sell);
        uahSell = List.copyOf(uahSell);
    }
}
