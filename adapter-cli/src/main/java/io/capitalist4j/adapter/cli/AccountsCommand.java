package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.domain.account.Account;
import io.capitalist4j.domain.account.AccountsOverview;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code capitalist accounts}: your accounts with balances (get_accounts). */
@Command(name = "accounts", mixinStandardHelpOptions = true, subcommands = AccountsCreateCommand.class,
        description = "List your accounts with balance, blocked and available amounts; 'accounts create' opens one.")
final class AccountsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        AccountsOverview overview = root.session().client().blocking().accounts();
        root.output().print(new Listing(overview));
        return ExitCode.OK;
    }

    private static final class Listing implements Report {
        private final AccountsOverview overview;

        Listing(AccountsOverview overview) {
            this.overview = overview;
        }

        @Override
        public void printTable(PrintWriter out) {
            TextTable table = TextTable.of("ACCOUNT", "CURRENCY", "BALANCE", "BLOCKED", "AVAILABLE", "NAME")
                    .right("BALANCE", "BLOCKED", "AVAILABLE");
            for (Account a : overview.accounts()) {
                table.row(a.number(), a.currency().code(), Shown.amount(a.balance()), Shown.amount(a.blocked()),
                        Shown.amount(a.available()), a.name());
            }
            table.print(out);
            if (!overview.summary().isEmpty()) {
                out.println();
                TextTable totals = TextTable.of("CURRENCY", "TOTAL").right("TOTAL");
                overview.summary().forEach((currency, total) -> totals.row(currency.code(), Shown.amount(total)));
                totals.print(out);
            }
        }

        @Override
        public JsonNode toJson(JsonNodeFactory json) {
            ObjectNode node = json.objectNode();
            ObjectNode summary = node.putObject("summary");
            overview.summary().forEach((currency, total) -> summary.put(currency.code(), Shown.amount(total)));
            ArrayNode accounts = node.putArray("accounts");
            for (Account a : overview.accounts()) {
                accounts.addObject().put("number", a.number().value()).put("currency", a.currency().code())
                        .put("balance", Shown.amount(a.balance())).put("blocked", Shown.amount(a.blocked()))
                        .put("available", Shown.amount(a.available())).put("name", a.name());
            }
            return node;
        }
    }
}
