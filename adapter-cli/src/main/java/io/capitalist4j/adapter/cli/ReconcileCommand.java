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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code capitalist reconcile FILE --from D}: which payment numbers of a batch file the server knows, and whether the
 * one document carrying each pays the line's amount, currency and recipient. The answer to exit code 3: a number not
 * found was not accepted and may be sent again; a found one must not be, nor one found but differing from the file
 * or found more than once: those exit with 7, for a person to look at.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"For each payment number in a batch file: found (state, document), found but differing from "
                + "the file (amount, currency or recipient), found several times, or not found.",
                "Run it after exit code 3, before sending anything again: only numbers not found may be sent again.",
                "Exit code 7 when a number differs or is found several times: a person must look."})
final class ReconcileCommand implements Callable<Integer>, ApiOnly.V1 {
    /** How many numbers the message on exit code 7 names for each kind. */
    static final int NAMED = 10;

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
        if (!report.needsAttention()) {
            return ExitCode.OK;
        }
        List<String> parts = new ArrayList<>(2);
        if (!report.differingNumbers().isEmpty()) {
            parts.add(count(report.differingNumbers(), "differs", "differ") + " from the file"
                    + named(report.differingNumbers()));
        }
        if (!report.ambiguousNumbers().isEmpty()) {
            parts.add(count(report.ambiguousNumbers(), "is", "are") + " carried by several documents"
                    + named(report.ambiguousNumbers()));
        }
        PrintWriter err = root.terminal().err();
        err.println("a person must look: " + String.join(" and ", parts) + "; do NOT send "
                + (report.numbersNeedingAttention().size() == 1 ? "it" : "them") + " again");
        err.flush();
        return ExitCode.NEEDS_ATTENTION;
    }

    private static String count(List<String> numbers, String one, String many) {
        return numbers.size() + " payment number" + (numbers.size() == 1 ? " " + one : "s " + many);
    }

    private static String named(List<String> numbers) {
        if (numbers.isEmpty()) {
            return "";
        }
        String shown = String.join(", ", numbers.subList(0, Math.min(NAMED, numbers.size())));
        return " (" + shown + (numbers.size() > NAMED ? ", …" : "") + ")";
    }

    private static final class Listing implements Report {
        private final ReconciliationReport report;

        Listing(ReconciliationReport report) {
            this.report = report;
        }

        @Override
        public void printTable(PrintWriter out) {
            TextTable table = TextTable.of("NUMBER", "FOUND", "STATE", "DOCUMENT NO", "AMOUNT", "CURRENCY", "BATCH",
                    "DIFFERENCE").right("AMOUNT");
            for (ReconciledOrder order : report.orders()) {
                if (order.isMissing()) {
                    table.row(order.paymentNumber(), "no", "", "", "", "", "", "");
                }
                for (FoundDocument d : order.documents()) {
                    table.row(order.paymentNumber(), found(order), d.documentState(), d.documentNumber(),
                            Shown.amount(d.amount()), d.currency(), d.batchId().orElse(""),
                            String.join("; ", order.differences()));
                }
            }
            table.print(out);
            out.println();
            out.println(report.orders().size() + " payment numbers: " + report.foundNumbers().size() + " found ("
                    + report.ambiguousNumbers().size() + " more than once), " + report.missingNumbers().size()
                    + " not found, " + report.differingNumbers().size() + " differing from the file");
        }

        private static String found(ReconciledOrder order) {
            switch (order.status()) {
                case AMBIGUOUS:
                    return "several";
                case DIFFERS:
                    return "differs";
                case MISSING:
                    return "no";
                default:
                    return "yes";
            }
        }

        @Override
        public JsonNode toJson(JsonNodeFactory json) {
            ArrayNode array = json.arrayNode();
            for (ReconciledOrder order : report.orders()) {
                ObjectNode node = array.addObject().put("paymentNumber", order.paymentNumber())
                        .put("status", order.status().name())
                        // as before: whether the server holds the number (never send it again); status says more
                        .put("found", !order.isMissing());
                if (order.differs()) {
                    ArrayNode differs = node.putArray("differs");
                    order.differences().forEach(differs::add);
                }
                ArrayNode documents = node.putArray("documents");
                for (FoundDocument d : order.documents()) {
                    Documents.fill(documents.addObject(), d);
                }
            }
            return array;
        }
    }
}
