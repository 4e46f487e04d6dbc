package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.capitalist4j.domain.account.CreatedAccount;
import io.capitalist4j.domain.account.NewAccount;
import io.capitalist4j.domain.money.Currency;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code capitalist accounts create --currency C --name N}: opens an account (create_account). */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {"Open an account in a currency, with a name (create_account). Sent once, never repeated: "
                + "after a transport failure (exit 4) check with 'capitalist accounts' before trying again."})
final class AccountsCreateCommand implements Callable<Integer>, ApiOnly.V1 {
    @Spec
    CommandSpec spec;

    @Option(names = "--currency", required = true, paramLabel = "CURRENCY",
            description = "The account's currency (account_currency): RUR, USD or EUR.")
    String currency;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The account's name (account_name).")
    String name;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        NewAccount account = new NewAccount(Currency.of(currency), name);
        CreatedAccount created = OnceOnly.send("create_account", "check with 'capitalist accounts' before trying again",
                root, () -> root.session().client().blocking().createAccount(account));
        root.output().print(new Report() {
            @Override
            public void printTable(PrintWriter out) {
                TextTable.of("ACCOUNT", "CURRENCY", "NAME")
                        .row(created.number(), created.currency().code(), created.name()).print(out);
            }

            @Override
            public JsonNode toJson(JsonNodeFactory json) {
                return json.objectNode().put("number", created.number().value())
                        .put("currency", created.currency().code()).put("name", created.name());
            }
        });
        return ExitCode.OK;
    }
}
