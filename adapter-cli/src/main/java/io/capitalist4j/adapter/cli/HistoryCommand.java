package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.document.DocumentStateFilter;
import io.capitalist4j.domain.document.HistoryEntry;
import io.capitalist4j.domain.document.HistoryQuery;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code capitalist history}: every page of the account history (get_documents_history_ext). */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the account history, every page; without dates the server's default applies (the last 7 days).")
final class HistoryCommand implements Callable<Integer> {
    static final int DEFAULT_DAYS = 7;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DD.MM.YYYY", description = "First day (default: 7 days before --to).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DD.MM.YYYY", description = "Last day (default: today).")
    LocalDate to;

    @Option(names = "--state", paramLabel = "STATE", description = "any (default), inprocess, executed or declined.")
    DocumentStateFilter state;

    @Option(names = "--account", paramLabel = "ACCOUNT", description = "Only this account of yours.")
    AccountNumber account;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        HistoryQuery query = HistoryQuery.all();
        if (from != null || to != null) {
            query = query.withPeriod(Converters.period(from, to, DEFAULT_DAYS));
        }
        if (state != null) {
            query = query.withState(state);
        }
        if (account != null) {
            query = query.withAccount(account);
        }
        List<HistoryEntry> entries = root.session().client().blocking().allHistory(query);
        root.output().print(new Listing(entries));
        return ExitCode.OK;
    }

    private static final class Listing implements Report {
        private final List<HistoryEntry> entries;

        Listing(List<HistoryEntry> entries) {
            this.entries = entries;
        }

        @Override
        public void printTable(PrintWriter out) {
            TextTable table = TextTable.of("TIME", "NUMBER", "STATE", "ACCOUNT", "DIRECTION", "AMOUNT", "FEE", "CURRENCY", "CORRESPONDENT", "DESCRIPTION")
                    .right("AMOUNT", "FEE");
            for (HistoryEntry e : entries) {
                table.row(Shown.time(e.timestamp()), e.number(), e.state(), e.account(), e.outgoing() ? "out" : "in",
                        Shown.amount(e.amount()), e.tax().map(Shown::amount).orElse(""),
                        e.currency(), Shown.beneficiary(e.correspondent()), e.description());
            }
            table.print(out);
        }

        @Override
        public JsonNode toJson(JsonNodeFactory json) {
            ArrayNode array = json.arrayNode();
            for (HistoryEntry e : entries) {
                ObjectNode node = array.addObject().put("number", e.number()).put("id", e.id())
                        .put("batchId", e.batchId().orElse(null)).put("time", Shown.time(e.timestamp()))
                        .put("state", e.state()).put("channel", e.channel()).put("account", e.account())
                        .put("amount", Shown.amount(e.amount())).put("currency", e.currency())
                        .put("outgoing", e.outgoing()).put("correspondent", Shown.beneficiary(e.correspondent()))
                        .put("description", e.description()).put("comment", e.comment());
                node.put("fee", e.tax().map(Shown::amount).orElse(null));
            }
            return array;
        }
    }
}
