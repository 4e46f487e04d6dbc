package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.domain.api2.Api2Rate;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.rate.CurrencyRates;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Option;
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
        description = {"Show the current buy, sell and UAH sell rates: the price of UNITS of TARGET in CURRENCY.",
                "With --api 2: units of TO per one FROM, for --from C --to C, or by default for USD/RUR, EUR/RUR, "
                        + "EUR/USD, BTC/USD, ETH/USD and USDTt/USD."})
final class RatesCommand implements Callable<Integer> {
    /** The pairs {@code rates --api 2} shows without --from/--to: the main currencies in roubles and dollars. */
    static final List<List<Currency>> API2_PAIRS = List.of(List.of(Currency.USD, Currency.RUR),
            List.of(Currency.EUR, Currency.RUR), List.of(Currency.EUR, Currency.USD), List.of(Currency.BTC, Currency.USD),
            List.of(Currency.ETH, Currency.USD), List.of(Currency.USDT_TRC20, Currency.USD));

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "C", description = "With --api 2 and --to: the rate of this currency ...")
    String from;

    @Option(names = "--to", paramLabel = "C", description = "... in this one (units of --to per one --from).")
    String to;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        if ((from == null) != (to == null)) {
            throw new BadInputException("give --from and --to together, or neither");
        }
        if (root.api2()) {
            List<List<Currency>> pairs = from == null ? API2_PAIRS : List.of(List.of(Currency.of(from), Currency.of(to)));
            List<CompletableFuture<Api2Rate>> asked = new ArrayList<>();
            for (List<Currency> pair : pairs) {
                asked.add(root.api2Session().api().rate(pair.get(0), pair.get(1)).toCompletableFuture());
            }
            List<Api2Rate> rates = new ArrayList<>();
            asked.forEach(r -> rates.add(Api2Session.await(r)));
            root.output().print(new Api2Listing(rates));
            return ExitCode.OK;
        }
        if (from != null) {
            throw new BadInputException("--from and --to are for --api 2: v1 gives its whole rate table at once");
        }
        CurrencyRates rates = root.session().client().blocking().rates();
        root.output().print(new Listing(rates));
        return ExitCode.OK;
    }

    private static final class Api2Listing implements Report {
        private final List<Api2Rate> rates;

        Api2Listing(List<Api2Rate> rates) {
            this.rates = rates;
        }

        @Override
        public void printTable(PrintWriter out) {
            TextTable table = TextTable.of("FROM", "TO", "RATE").right("RATE");
            rates.forEach(r -> table.row(r.from().code(), r.to().code(), r.rate().toPlainString()));
            table.print(out);
        }

        @Override
        public JsonNode toJson(JsonNodeFactory json) {
            ArrayNode array = json.arrayNode();
            rates.forEach(r -> array.addObject().put("from", r.from().code()).put("to", r.to().code())
                    .put("rate", r.rate().toPlainString()));
            return json.objectNode().set("rates", array);
        }
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
