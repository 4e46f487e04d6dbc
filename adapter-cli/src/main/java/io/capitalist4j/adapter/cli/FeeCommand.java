package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.fee.DocumentType;
import io.capitalist4j.domain.fee.FeeQuery;
import io.capitalist4j.domain.fee.FeeQuote;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code capitalist fee}: what a payment would cost before it is sent (get_document_fee). */
@Command(name = "fee", mixinStandardHelpOptions = true, description = "Ask the fee for a payment before sending it.")
final class FeeCommand implements Callable<Integer>, ApiOnly.V1 {
    @Spec
    CommandSpec spec;

    @Option(names = "--type", required = true, paramLabel = "T",
            description = "Document type: internal, conversion, RUCARD, SBP, WM, WORLDCARD, BITCOIN, … (or a lower-case alias).")
    DocumentType type;

    @Option(names = "--source", required = true, paramLabel = "ACCOUNT", description = "Your account to debit.")
    AccountNumber source;

    @Option(names = "--amount", required = true, paramLabel = "A", description = "Amount in the source account's currency, '.' separator.")
    BigDecimal amount;

    @Option(names = "--dest", paramLabel = "ACCOUNT", description = "Recipient account (internal and conversion only).")
    AccountNumber dest;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        FeeQuery query = FeeQuery.of(type, source, amount);
        if (dest != null) {
            query = query.withDestination(dest);
        }
        FeeQuote quote = root.session().client().blocking().fee(query);
        root.output().print(new Report() {
            @Override
            public void printTable(PrintWriter out) {
                TextTable.of("TYPE", "SOURCE", "AMOUNT", "FEE", "CURRENCY").right("AMOUNT", "FEE")
                        .row(type.wire(), source, Shown.amount(quote.amount()), Shown.amount(quote.fee()), quote.currency())
                        .print(out);
            }

            @Override
            public JsonNode toJson(JsonNodeFactory json) {
                return json.objectNode().put("type", type.wire()).put("source", source.value())
                        .put("amount", Shown.amount(quote.amount())).put("fee", Shown.amount(quote.fee()))
                        .put("currency", quote.currency());
            }
        });
        return ExitCode.OK;
    }
}
