package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.application.port.in.RecoverQuery;
import io.capitalist4j.application.port.in.RecoveryReport;
import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.application.port.out.journal.JournalState;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code capitalist journal recover}: the answer to exit code 3. Every in-doubt number is looked up on the server
 * and settled: {@code sent} when the server holds it, {@code released} (may be sent again) when it never got it.
 */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = {"Settle every in-doubt payment number of the login by asking the server: sent when it holds it, "
                + "released (may be sent again) when it never got it or rejected it. Run it after exit code 3.",
                "Exit 0 when no number remains in doubt, 3 otherwise (each is listed with the reason).",
                "With --api 2 each number is looked up by its userRequestId: found → sent, unknown (404) → released; "
                        + "--from and --quiet-period are v1-only.",
                "JSON: {sent: [entry], released: [entry], stillInDoubt: [entry + reason]}, entries as in 'journal list'."})
final class JournalRecoverCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DD.MM.YYYY",
            description = "First day to search the server's documents (default: the day of the oldest in-doubt claim).")
    LocalDate from;

    @Option(names = "--quiet-period", paramLabel = "DURATION",
            description = "Leave alone numbers claimed less than this long ago, e.g. 0s, 10m (default: 5m): an upload "
                    + "of another process may still be on its way.")
    Duration quietPeriod;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        if (root.api2() && from != null) {
            throw new BadInputException("--from is not used with --api 2: each number is looked up by itself");
        }
        RecoverQuery query = new RecoverQuery(Optional.ofNullable(from),
                quietPeriod != null ? quietPeriod : RecoverQuery.DEFAULT_QUIET_PERIOD);
        Journals.Opened journal = root.requiredJournal("journal recover");
        RecoveryReport report;
        if (journal.port().list(journal.login(), Optional.of(JournalState.IN_DOUBT)).isEmpty()) {
            report = new RecoveryReport(List.of(), List.of(), List.of()); // nothing to ask: no password, no server
        } else {
            report = root.api2() ? Api2Session.await(root.api2Session().client().recover(query))
                    : Report.walkFor(() -> root.session().client().blocking().recover(query));
        }
        root.output().print(new Recovered(report));
        PrintWriter err = root.terminal().err();
        if (report.settled()) {
            err.println("no payment number is in doubt");
            err.flush();
            return ExitCode.OK;
        }
        err.println(report.stillInDoubt().size() + " payment number" + (report.stillInDoubt().size() == 1 ? "" : "s")
                + " still in doubt: do NOT send them again; run journal recover again later");
        err.flush();
        return ExitCode.OUTCOME_UNKNOWN;
    }

    private static final class Recovered implements Report {
        private final RecoveryReport report;

        Recovered(RecoveryReport report) {
            this.report = report;
        }

        @Override
        public void printTable(PrintWriter out) {
            TextTable table = TextTable.of("PAYMENT NO", "NOW", "BATCH ID", "WHY");
            report.sent().forEach(e -> table.row(e.paymentNumber(), e.state().label(), e.batchId().orElse(""), e.note().orElse("")));
            report.released().forEach(e -> table.row(e.paymentNumber(), e.state().label(), e.batchId().orElse(""),
                    e.note().orElse("")));
            for (RecoveryReport.Unsettled u : report.stillInDoubt()) {
                JournalEntry e = u.entry();
                table.row(e.paymentNumber(), e.state().label(), e.batchId().orElse(""), u.reason());
            }
            if (!table.isEmpty()) {
                table.print(out);
                out.println();
            }
            out.println("settled " + (report.sent().size() + report.released().size()) + ": " + report.sent().size()
                    + " sent, " + report.released().size() + " released (may be sent again); "
                    + report.stillInDoubt().size() + " still in doubt");
        }

        @Override
        public JsonNode toJson(JsonNodeFactory json) {
            ObjectNode node = json.objectNode();
            JournalEntries.json(node.putArray("sent"), report.sent());
            JournalEntries.json(node.putArray("released"), report.released());
            ArrayNode doubt = node.putArray("stillInDoubt");
            for (RecoveryReport.Unsettled u : report.stillInDoubt()) {
                JournalEntries.json(doubt.addObject(), u.entry()).put("reason", u.reason());
            }
            return node;
        }
    }
}
