package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.application.port.in.ReconcileQuery;
import io.capitalist4j.application.port.in.ReconciledOrder;
import io.capitalist4j.application.port.in.ReconciliationReport;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.Period;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code capitalist reconcile FILE --from D}: which payment numbers of a batch file the server knows. The answer
 * to exit code 3: a number not found was not accepted and may be sent again; a found one must not be.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"For each payment number in a batch file: found (state, document) or not found.",
                "Run it after exit code 3, before sending anything again."})
final class ReconcileCommand implements Callable<Integer>, ApiOnly.V1 {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The batch file whose payment numbers to look for.")
    Path file;

    @Option(names = "--from", required = true, paramLabel = "DD.MM.YYYY", description = "First day to search (the day of the upload or earlier).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DD.MM.YYYY", description = "Last day to search (default: today in Moscow time, the API's zone).")
    LocalDate to;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        Batch batch = BatchFiles.load(file);
        Period period = Period.of(from, to != null ? to : Period.today(java.time.Clock.systemUTC()));
        ReconciliationReport report = root.session().client().blocking().reconcile(ReconcileQuery.of(batch, period));
        root.output().print(new Listing(report));
        return ExitCode.OK;
    }

    private static final class Listing implements Report {
        private final ReconciliationReport report;

        Listing(ReconciliationReport report) {
            this.report = report;
        }

        @Override
        public void printTable(PrintWriter out) {
            TextTable table = TextTable.of("NUMBER", "FOUND", "STATE", "DOCUMENT NO", "AMOUNT", "CURRENCY", "BATCH").right("AMOUNT");
            for (ReconciledOrder order : report.orders()) {
                if (!order.isFound()) {
                    table.row(order.paymentNumber(), "no", "", "", "", "", "");
                }
                for (FoundDocument d : order.documents()) {
                    table.row(order.paymentNumber(), order.isAmbiguous() ? "several" : "yes", d.documentState(),
                            d.documentNumber(), Shown.amount(d.amount()), d.currency(), d.batchId().orElse(""));
                }
            }
            table.print(out);
            out.println();
            out.println(report.orders().size() + " payment numbers: " + report.foundNumbers().size() + " found ("
                    + report.ambiguousNumbers().size() + " more than once), " + report.missingNumbers().size() + " not found");
        }

        @Override
        public JsonNode toJson(JsonNodeFactory json) {
            ArrayNode array = json.arrayNode();
            for (ReconciledOrder order : report.orders()) {
                ObjectNode node = array.addObject().put("paymentNumber", order.paymentNumber())
                        .put("status", order.status().name()).put("found", order.isFound());
                ArrayNode documents = node.putArray("documents");
                for (FoundDocument d : order.documents()) {
                    Documents.fill(documents.addObject(), d);
                }
            }
            return array;
        }
    }
}
