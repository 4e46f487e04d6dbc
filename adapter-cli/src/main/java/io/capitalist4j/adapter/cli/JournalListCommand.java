package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.application.port.out.journal.JournalState;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code capitalist journal list [--state S]}: the journal's entries for the login, oldest claim first. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"The payment numbers the journal holds for the login, oldest claim first; no server call.",
                "JSON: an array of {paymentNumber, state, batchId, claimedAt, updatedAt, note, claimId}; state is "
                + "in-doubt, sent or released; batchId and note are null when not known; times are ISO-8601 UTC."})
final class JournalListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--state", paramLabel = "in-doubt|sent|released", description = "Only the entries in this state.")
    JournalState state;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        Journals.Opened journal = root.requiredJournal("journal list");
        List<JournalEntry> entries = journal.port().list(journal.login(), Optional.ofNullable(state));
        root.output().print(new Listing(entries));
        return ExitCode.OK;
    }

    private static final class Listing implements Report {
        private final List<JournalEntry> entries;

        Listing(List<JournalEntry> entries) {
            this.entries = entries;
        }

        @Override
        public void printTable(PrintWriter out) {
            TextTable table = TextTable.of("PAYMENT NO", "STATE", "BATCH ID", "CLAIMED AT", "UPDATED AT", "NOTE");
            Map<JournalState, Integer> counts = new EnumMap<>(JournalState.class);
            for (JournalEntry e : entries) {
                table.row(e.paymentNumber(), e.state().label(), e.batchId().orElse(""), JournalEntries.shown(e.claimedAt()),
                        JournalEntries.shown(e.updatedAt()), e.note().orElse(""));
                counts.merge(e.state(), 1, Integer::sum);
            }
            if (!table.isEmpty()) {
                table.print(out);
                out.println();
            }
            out.println(entries.size() + " payment number" + (entries.size() == 1 ? "" : "s") + ": "
                    + counts.getOrDefault(JournalState.IN_DOUBT, 0) + " in-doubt, "
                    + counts.getOrDefault(JournalState.SENT, 0) + " sent, "
                    + counts.getOrDefault(JournalState.RELEASED, 0) + " released");
        }

        @Override
        public JsonNode toJson(JsonNodeFactory json) {
            return JournalEntries.json(json.arrayNode(), entries);
        }
    }
}
