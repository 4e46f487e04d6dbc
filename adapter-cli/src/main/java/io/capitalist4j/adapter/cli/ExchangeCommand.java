package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.api2.Api2ExchangeRequest;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code capitalist --api 2 exchange}: move money between two of your accounts in different currencies. */
@Command(name = "exchange", mixinStandardHelpOptions = true,
        description = {"API2 only: exchange AMOUNT (in the --from account's currency) into another account of yours at "
                + "the current rate ('rates --from C --to C' shows it).",
                "Sent once, never repeated: API2 gives an exchange no id, so after a transport failure (exit 4) look in "
                + "'history' before trying again."})
final class ExchangeCommand implements Callable<Integer>, ApiOnly.Api2 {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "ACCOUNT", description = "Your account to take the amount from.")
    AccountNumber from;

    @Option(names = "--to", required = true, paramLabel = "ACCOUNT", description = "Your account to credit.")
    AccountNumber to;

    @Option(names = "--amount", required = true, paramLabel = "A", description = "The amount in --from's currency, e.g. 100.00.")
    BigDecimal amount;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        Api2ExchangeRequest request = new Api2ExchangeRequest(from, to, amount);
        OnceOnly.send("exchange", "look for it with 'capitalist --api 2 history' before trying again", root,
                () -> Api2Session.await(root.api2Session().api().exchange(request)));
        root.output().print(new Report() {
            @Override
            public void printTable(PrintWriter out) {
                out.println("exchanged " + amount.toPlainString() + " from " + from + " into " + to);
            }

            @Override
            public JsonNode toJson(JsonNodeFactory json) {
                return json.objectNode().put("from", from.value()).put("to", to.value())
                        .put("amount", amount.toPlainString()).put("exchanged", true);
            }
        });
        return ExitCode.OK;
    }
}
