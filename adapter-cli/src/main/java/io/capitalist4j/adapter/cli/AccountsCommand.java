package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.domain.account.Account;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.application.port.out.api2.Api2Port;
import io.capitalist4j.domain.api2.Api2Account;
import io.capitalist4j.domain.money.Currency;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code capitalist accounts}: your accounts with balances (get_accounts). */
@Command(name = "accounts", mixinStandardHelpOptions = true, subcommands = AccountsCreateCommand.class,
        description = {"List your accounts with balance, blocked and available amounts; 'accounts create' opens one.",
                "With --api 2: number, currency, name and balance (API2 gives one balance), every currency API2 knows "
                        + "unless --currency is given."})
final class AccountsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--currency", paramLabel = "C", description = "Only the accounts in this currency, e.g. RUR, USD, USDTt.")
    String currency;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        Optional<Currency> only = Optional.ofNullable(currency).map(Currency::of);
        if (root.api2()) {
            Api2Port api = root.api2Session().api();
            List<Api2Account> accounts = Api2Session.await(only.isPresent() ? api.accounts(only.get()) : api.accounts());
            root.output().print(new Api2Listing(accounts));
            return ExitCode.OK;
        }
        AccountsOverview overview = root.session().client().blocking().accounts();
        root.output().print(new Listing(overview, only));
        return ExitCode.OK;
    }

    /** API2's accounts: one balance each, no blocked amount. */
    private static final class Api2Listing implements Report {
        private final List<Api2Account> accounts;

        Api2Listing(List<Api2Account> accounts) {
            this.accounts = accounts;
        }

        @Override
        public void printTable(PrintWriter out) {
            TextTable table = TextTable.of("ACCOUNT", "CURRENCY", "BALANCE", "NAME").right("BALANCE");
            for (Api2Account a : accounts) {
                table.row(a.number(), a.currency().code(), Shown.amount(a.balance()), a.name());
            }
            table.print(out);
        }

        @Override
        public JsonNode toJson(JsonNodeFactory json) {
            ArrayNode array = json.arrayNode();
            for (Api2Account a : accounts) {
                array.addObject().put("number", a.number().value()).put("currency", a.currency().code())
                        .put("balance", Shown.amount(a.balance())).put("name", a.name());
            }
            return json.objectNode().set("accounts", array);
        }
    }

    private static final class Listing implements Report {
        private final AccountsOverview overview;
        private final Optional<Currency> only;

        Listing(AccountsOverview overview, Optional<Currency> only) {
            this.overview = overview;
            this.only = only;
        }

        private List<Account> accounts() {
            return overview.accounts().stream().filter(a -> only.map(a.currency()::equals).orElse(true)).toList();
        }

        private boolean shown(Currency c) {
            return only.map(c::equals).orElse(true);
        }

        @Override
        public void printTable(PrintWriter out) {
            TextTable table = TextTable.of("ACCOUNT", "CURRENCY", "BALANCE", "BLOCKED", "AVAILABLE", "NAME")
                    .right("BALANCE", "BLOCKED", "AVAILABLE");
            for (Account a : accounts()) {
                table.row(a.number(), a.currency().code(), Shown.amount(a.balance()), Shown.amount(a.blocked()),
                        Shown.amount(a.available()), a.name());
            }
            table.print(out);
            if (!overview.summary().isEmpty()) {
                out.println();
                TextTable totals = TextTable.of("CURRENCY", "TOTAL").right("TOTAL");
                overview.summary().forEach((c, total) -> {
                    if (shown(c)) {
                        totals.row(c.code(), Shown.amount(total));
                    }
                });
                if (!totals.isEmpty()) {
                    totals.print(out);
                }
            }
        }

        @Override
        public JsonNode toJson(JsonNodeFactory json) {
            ObjectNode node = json.objectNode();
            ObjectNode summary = node.putObject("summary");
            overview.summary().forEach((c, total) -> {
                if (shown(c)) {
                    summary.put(c.code(), Shown.amount(total));
                }
            });
            ArrayNode accounts = node.putArray("accounts");
            for (Account a : accounts()) {
                accounts.addObject().put("number", a.number().value()).put("currency", a.currency().code())
                        .put("balance", Shown.amount(a.balance())).put("blocked", Shown.amount(a.blocked()))
                        .put("available", Shown.amount(a.available())).put("name", a.name());
            }
            return node;
        }
    }
}
