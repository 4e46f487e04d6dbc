package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.capitalist4j.domain.api2.Api2Payment;
import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.Period;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code capitalist search --number N}: documents by your payment number (documents_search). */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find documents by the payment number from your system, in a period (default: the last 30 days).",
                "With --api 2: the payment whose userRequestId is --number (required; no period)."})
final class SearchCommand implements Callable<Integer> {
    static final int DEFAULT_DAYS = 30;

    @Spec
    CommandSpec spec;

    @Option(names = "--number", paramLabel = "N", description = "Payment number from your system (customNumber); all documents when absent.")
    String number;

    @Option(names = "--from", paramLabel = "DD.MM.YYYY", description = "First day (default: 30 days before --to).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DD.MM.YYYY", description = "Last day (default: today).")
    LocalDate to;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        if (root.api2()) {
            return api2(root);
        }
        Period period = Converters.period(from, to, DEFAULT_DAYS);
        List<FoundDocument> found = root.session().client().blocking()
                .search(new DocumentSearch(period, Optional.ofNullable(number)));
        root.output().print(new Listing(found));
        if (found.isEmpty()) {
            root.terminal().err().println("no document found from " + period.fromWire() + " to " + period.toWire());
        }
        return ExitCode.OK;
    }

    private int api2(RootCommand root) {
        if (number == null) {
            throw new BadInputException("with --api 2, search needs --number N: API2 finds a payment by its payment number");
        }
        if (from != null || to != null) {
            throw new BadInputException("--from and --to are not used with --api 2: a payment number names one payment");
        }
        Optional<Api2Payment> found = Api2Session.await(root.api2Session().client().payment(number));
        root.output().print(new Api2Payments(found.stream().toList()));
        if (found.isEmpty()) {
            root.terminal().err().println("no payment with payment number " + number);
        }
        return ExitCode.OK;
    }

    static final class Listing implements Report {
        private final List<FoundDocument> documents;

        Listing(List<FoundDocument> documents) {
            this.documents = documents;
        }

        @Override
        public void printTable(PrintWriter out) {
            TextTable table = TextTable.of("NUMBER", "DOCUMENT NO", "STATE", "TYPE", "TIME", "AMOUNT", "CURRENCY", "FROM", "TO", "COMMENT")
                    .right("AMOUNT");
            for (FoundDocument d : documents) {
                table.row(d.customNumber(), d.documentNumber(), d.documentState(), d.type(), Shown.time(d.timestamp()),
                        Shown.amount(d.amount()), d.currency(), d.sourceAccount(), Shown.beneficiary(d.destinationAccount()),
                        d.comment());
            }
            table.print(out);
        }

        @Override
        public JsonNode toJson(JsonNodeFactory json) {
            ArrayNode array = json.arrayNode();
            for (FoundDocument d : documents) {
                Documents.fill(array.addObject(), d);
            }
            return array;
        }
    }
}
