package io.capitalist4j.domain.rate;

import io.capitalist4j.domain.money.Currency;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** currency_rates: buy, sell and the UAH sell table. */
public record CurrencyRates(List<Rate> buy, List<Rate> sell, List<Rate> uahSell) {
    public CurrencyRates {
        buy = List.copyOf(buy);
        sell = List.copyOf(sell);
        uahSell = List.copyOf(uahSell);
    }

    /**
     * What converting {@code from} into {@code to} costs, read from these lists from the exchanger's side (the
     * documented example prices every {@code sell} above its {@code buy}, a spread, which only this reading gives):
     * a {@code sell} entry is the price at which you get {@code target}, paying in {@code amountCur}; a {@code buy}
     * entry is what you receive in {@code amountCur} for one {@code target}; {@code uahSell} is a {@code sell} of
     * {@code targetAmount} (100) units. Tried in that order: {@code sell} (target {@code to}, paid in
     * {@code from}), {@code uahSell} likewise, then {@code buy} (target {@code from}, received in {@code to}).
     * One for one when both are the same currency; empty when no entry prices the pair.
     */
    public Optional<ConversionQuote> quote(Currency from, Currency to) {
        if (from.equals(to)) {
            return Optional.of(ConversionQuote.same(from));
        }
        for (List<Rate> list : List.of(sell, uahSell)) {
            for (Rate r : list) {
                if (r.target().equals(to.code()) && r.amountCurrency().equals(from.code()) && r.amount().signum() > 0) {
                    BigDecimal units = BigDecimal.valueOf(r.targetAmount().orElse(1));
                    return Optional.of(new ConversionQuote(from, to, r.amount(), units));
                }
            }
        }
        for (Rate r : buy) {
            if (r.target().equals(from.code()) && r.amountCurrency().equals(to.code()) && r.amount().signum() > 0) {
                BigDecimal units = BigDecimal.valueOf(r.targetAmount().orElse(1));
                return Optional.of(new ConversionQuote(from, to, units, r.amount()));
            }
        }
        return Optional.empty();
    }
}
