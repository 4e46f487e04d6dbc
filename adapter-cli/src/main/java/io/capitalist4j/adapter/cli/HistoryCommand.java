package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.application.Api2Client;
import io.capitalist4j.application.BlockingCapitalistClient;
import io.capitalist4j.domain.api2.Api2Transaction;
import io.capitalist4j.domain.api2.Api2TransactionQuery;
import io.capitalist4j.domain.document.Period;
import java.util.Optional;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.document.DocumentStateFilter;
import io.capitalist4j.domain.document.HistoryEntry;
import io.capitalist4j.domain.document.HistoryQuery;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code capitalist history}: every page of the account history (get_documents_history_ext), printed page by page
 * as they come; in the table each page is aligned on its own under its own header.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"List the account history, every page; without dates the server's default applies (the last 7 days).",
                "With --api 2: the transactions (GET /v1/transactions), every page; --from/--to are Moscow days; "
                        + "--state and --account are v1-only."})
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
        if (root.api2()) {
            if (state != null || account != null) {
                throw new BadInputException("--state and --account are not used with --api 2: API2's transactions "
                        + "filter by period only");
            }
            Api2TransactionQuery query = Api2TransactionQuery.firstPage();
            if (from != null || to != null) {
                Period period = Converters.period(from, to, DEFAULT_DAYS);
                query = Api2TransactionQuery.period(Optional.of(period.from().atStartOfDay(Period.API_ZONE).toInstant()),
                        Optional.of(period.to().plusDays(1).atStartOfDay(Period.API_ZONE).toInstant()));
            }
            root.output().print(new Transactions(root.api2Session().client(), query));
            return ExitCode.OK;
        }
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
        root.output().print(new Listing(root.session().client().blocking(), query));
        return ExitCode.OK;
    }

    /** API2's transactions, page by page as for v1. */
    private static final class Transactions implements Report {
        private final Api2Client client;
        private final Api2TransactionQuery query;

        Transactions(Api2Client client, Api2TransactionQuery query) {
            this.client = client;
            this.query = query;
        }

        @Override
        public void printTable(PrintWriter out) {
            Api2Session.await(client.forEachTransactionPage(query, page -> {
                TextTable table = TextTable.of("CREATED", "ID", "TYPE", "STATE", "AMOUNT", "CURRENCY", "EXECUTED", "TX ID")
                        .right("AMOUNT");
                for (Api2Transaction t : page) {
                    table.row(t.createDate().map(Shown::time).orElse(""), t.transactionId(), t.type(), t.state(),
                            Shown.amount(t.amount()), t.currency().code(), t.executeDate().map(Shown::time).orElse(""),
                            t.txId().orElse(""));
                }
                table.print(out);
                out.flush();
            }));
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            json.writeStartArray();
            Api2Session.await(client.forEachTransactionPage(query, page -> {
                try {
                    for (Api2Transaction t : page) {
                        ObjectNode node = JsonNodeFactory.instance.objectNode().put("id", t.transactionId())
                                .put("type", t.type()).put("state", t.state()).put("amount", Shown.amount(t.amount()))
                                .put("currency", t.currency().code())
                                .put("created", t.createDate().map(Shown::time).orElse(null))
                                .put("executed", t.executeDate().map(Shown::time).orElse(null))
                                .put("txId", t.txId().orElse(null)).put("dstAddress", t.dstAddress().orElse(null));
                        json.writeTree(node);
                    }
                    json.flush();
                } catch (IOException failure) {
                    throw new UncheckedIOException(failure);
                }
            }));
            json.writeEndArray();
        }
    }

    /** Every page as it comes, each forgotten once printed, so memory does not grow with the history. */
    private static final class Listing implements Report {
        private final BlockingCapitalistClient client;
        private final HistoryQuery query;

        Listing(BlockingCapitalistClient client, HistoryQuery query) {
            this.client = client;
            this.query = query;
        }

        @Override
        public void printTable(PrintWriter out) {
            Report.walk(() -> client.forEachHistoryPage(query, page -> {
                table(page.entries()).print(out);
                out.flush();
            }));
        }

        private static TextTable table(List<HistoryEntry> entries) {
            TextTable table = TextTable.of("TIME", "NUMBER", "STATE", "ACCOUNT", "DIRECTION", "AMOUNT", "FEE", "CURRENCY", "CORRESPONDENT", "DESCRIPTION")
                    .right("AMOUNT", "FEE");
            for (HistoryEntry e : entries) {
                table.row(Shown.time(e.timestamp()), e.number(), e.state(), e.account(), e.outgoing() ? "out" : "in",
                        Shown.amount(e.amount()), e.tax().map(Shown::amount).orElse(""),
                        e.currency(), Shown.beneficiary(e.correspondent()), e.description());
            }
            return table;
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            json.writeStartArray();
            Report.walk(() -> client.forEachHistoryPage(query, page -> {
                try {
                    for (HistoryEntry e : page.entries()) {
                        json.writeTree(node(e));
                    }
                    json.flush();
                } catch (IOException failure) {
                    throw new UncheckedIOException(failure);
                }
            }));
            json.writeEndArray();
        }

        private static ObjectNode node(HistoryEntry e) {
            ObjectNode node = JsonNodeFactory.instance.objectNode().put("number", e.number()).put("id", e.id())
                    .put("batchId", e.batchId().orElse(null)).put("time", Shown.time(e.timestamp()))
                    .put("state", e.state()).put("channel", e.channel()).put("account", e.account())
                    .put("amount", Shown.amount(e.amount())).put("currency", e.currency())
                    .put("outgoing", e.outgoing()).put("correspondent", Shown.beneficiary(e.correspondent()))
                    .put("description", e.description()).put("comment", e.comment());
            node.put("fee", e.tax().map(Shown::amount).orElse(null));
            return node;
        }
    }
}
