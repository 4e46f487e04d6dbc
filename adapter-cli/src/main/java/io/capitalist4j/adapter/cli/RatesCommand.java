package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.domain.rate.CurrencyRates;
import io.capitalist4j.domain.rate.Rate;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code capitalist rates}: current buy and sell rates (currency_rates). */
@Command(name = "rates", mixinStandardHelpOptions = true,
        description = "Show the current buy, sell and UAH sell rates: the price of UNITS of TARGET in CURRENCY.")
final class RatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        CurrencyRates rates = root.session().client().blocking().rates();
        root.output().print(new Listing(rates));
        return ExitCode.OK;
    }

    private static final class Listing implements Report {
        private final Map<String, List<Rate>> kinds = new LinkedHashMap<>();

        Listing(CurrencyRates rates) {
            kinds.put("buy", rates.buy());
            kinds.put("sell", rates.sell());
            kinds.put("uahSell", rates.uahSell());
        }

        @Override
        public void printTable(PrintWriter out) {
            TextTable table = TextTable.of("KIND", "UNITS", "TARGET", "PRICE", "CURRENCY").right("UNITS", "PRICE");
            kinds.forEach((kind, list) -> {
                for (Rate r : list) {
                    table.row(kind, r.targetAmount().orElse(1), r.target(), Shown.amount(r.amount()), r.amountCurrency());
                }
            });
            table.print(out);
        }

        @Override
        public JsonNode toJson(JsonNodeFactory json) {
            ObjectNode node = json.objectNode();
            kinds.forEach((kind, list) -> {
                ArrayNode array = node.putArray(kind);
                for (Rate r : list) {
                    ObjectNode entry = array.addObject().put("target", r.target()).put("amount", Shown.amount(r.amount()))
                            .put("currency", r.amountCurrency());
                    r.targetAmount().ifPresent(units -> entry.put("targetAmount", units));
                }
            });
            return node;
        }
    }
}
