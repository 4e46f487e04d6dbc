package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.domain.rate.CurrencyRates;
import io.capitalist4j.domain.rate.Rate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * currency_rates. JSON: {@code rates.buy/sell/uahSell[]} (amounts numbers or strings; uahSell has
 * targetAmount). CSV: {@code 0;} then {@code kind;target;amount;amountCur} per rate (no targetAmount).
 * A kind we do not know is skipped: the three tables we model are still complete.
 */
final class RatesCodec {

    static final String BUY = "buy";
    static final String SELL = "sell";
    static final String UAH_SELL = "uahSell";

    private RatesCodec() {
    }

    static CurrencyRates fromJson(JsonNode data) {
        Json.requireObject(data, "data");
        JsonNode rates = Json.object(data, "rates");
        return new CurrencyRates(list(rates, BUY), list(rates, SELL), list(rates, UAH_SELL));
    }

    private static List<Rate> list(JsonNode rates, String kind) {
        List<Rate> list = new ArrayList<>();
        for (JsonNode r : Json.array(rates, kind)) {
            Json.requireObject(r, kind + "[]");
            Optional<Integer> targetAmount = Json.isAbsent(r.get("targetAmount"))
                    ? Optional.empty() : Optional.of(Json.integer(r, "targetAmount"));
            list.add(new Rate(Json.text(r, "target"), Json.decimal(r, "amount"), Json.text(r, "amountCur"),
                    targetAmount));
        }
        return list;
    }

    static CurrencyRates fromRows(List<Row> rows) {
        rows.get(0).requireSize(1, 2, "result code");
        List<Rate> buy = new ArrayList<>();
        List<Rate> sell = new ArrayList<>();
        List<Rate> uahSell = new ArrayList<>();
        for (Row r : rows.subList(1, rows.size())) {
            r.requireSize(4, 4, "rate");
            Rate rate = new Rate(r.text(1, "target"), r.decimal(2, "amount"), r.text(3, "amountCur"), Optional.empty());
            switch (r.text(0, "kind")) {
                case BUY: buy.add(rate); break;
                case SELL: sell.add(rate); break;
                case UAH_SELL: uahSell.add(rate); break;
                default: break;
            }
        }
        return new CurrencyRates(buy, sell, uahSell);
    }
}
