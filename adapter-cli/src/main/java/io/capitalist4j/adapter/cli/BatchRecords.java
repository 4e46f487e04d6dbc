package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.application.BlockingCapitalistClient;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.RecordState;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The records of a batch, one per payment number, in both output shapes. */
final class BatchRecords {

    private BatchRecords() {
    }

    /** SKIPPED for a line rejected at upload, else the record's state as the server wrote it (a new one too). */
    static String outcome(BatchRecord r) {
        if (r.isSkipped()) {
            return "SKIPPED";
        }
        return r.rawState().isEmpty() ? RecordState.UNKNOWN.name() : r.rawState();
    }

    /** The amount, or nothing when the server's could not be read (the details then say why). */
    private static String amount(BatchRecord r) {
        return r.amount() == null ? "" : Shown.amount(r.amount());
    }

    /** The server's details, then what could not be read in the record, if anything. */
    private static String details(BatchRecord r) {
        if (r.problem().isEmpty()) {
            return r.errorDetails();
        }
        String problem = "unreadable: " + r.problem().get();
        return r.errorDetails().isEmpty() ? problem : r.errorDetails() + " (" + problem + ")";
    }

    static void table(PrintWriter out, List<BatchRecord> records) {
        TextTable table = TextTable.of("LINE", "NUMBER", "BENEFICIARY", "AMOUNT", "CURRENCY", "STATE", "DOCUMENT ID", "DETAILS")
                .right("LINE", "AMOUNT");
        for (BatchRecord r : records) {
            table.row(r.lineNumber(), r.internalNumber(), Shown.beneficiary(r.beneficiary()), amount(r),
                    r.currency(), outcome(r), r.documentId().orElse(""), details(r));
        }
        table.print(out);
    }

    static ObjectNode node(BatchRecord r) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("line", r.lineNumber())
                .put("paymentNumber", r.internalNumber()).put("beneficiary", Shown.beneficiary(r.beneficiary()))
                .put("amount", r.amount() == null ? null : Shown.amount(r.amount())).put("currency", r.currency())
                .put("state", outcome(r)).put("final", r.isFinal()).put("paymentType", r.paymentType())
                .put("details", r.errorDetails());
        node.put("documentId", r.documentId().orElse(null));
        r.problem().ifPresent(problem -> node.put("problem", problem));
        return node;
    }

    /** Outcome counts kept while records stream by. */
    static final class Tally {
        private final Map<RecordState, Integer> counts = new EnumMap<>(RecordState.class);
        /** States this client does not know, by the name the server gave them, after the known ones. */
        private final Map<String, Integer> unknown = new TreeMap<>();
        private final OutcomeTotals amounts = new OutcomeTotals();
        private int skipped;
        private int total;
        private boolean complete = true;

        void add(List<BatchRecord> records) {
            for (BatchRecord r : records) {
                total++;
                complete &= r.isFinal();
                amounts.add(r.currency(), r.amount(), r.isSkipped() ? OutcomeTotals.Outcome.REJECTED
                        : r.state() == RecordState.PROCESSED ? OutcomeTotals.Outcome.PAID
                        : r.state() == RecordState.DECLINED ? OutcomeTotals.Outcome.DECLINED : OutcomeTotals.Outcome.PENDING);
                if (r.isSkipped()) {
                    skipped++;
                } else if (r.state() == RecordState.UNKNOWN) {
                    unknown.merge(outcome(r), 1, Integer::sum);
                } else {
                    counts.merge(r.state(), 1, Integer::sum);
                }
            }
        }

        boolean complete() {
            return complete;
        }

        /** The amounts per currency by outcome: paid, declined, pending, rejected at upload. */
        OutcomeTotals amounts() {
            return amounts;
        }

        /** "6 records: 5 PROCESSED, 1 DECLINED" — counts of the outcomes present, in state order. */
        String summary() {
            StringBuilder text = new StringBuilder(total + (total == 1 ? " record" : " records"));
            String separator = ": ";
            for (Map.Entry<RecordState, Integer> e : counts.entrySet()) {
                text.append(separator).append(e.getValue()).append(' ').append(e.getKey());
                separator = ", ";
            }
            for (Map.Entry<String, Integer> e : unknown.entrySet()) {
                text.append(separator).append(e.getValue()).append(' ').append(e.getKey());
                separator = ", ";
            }
            if (skipped > 0) {
                text.append(separator).append(skipped).append(" SKIPPED");
            }
            return text.toString();
        }
    }

    /**
     * Every record of a batch, read page by page and printed as each page comes; only counts are kept, so
     * memory does not grow with the batch. In the table each page is aligned on its own under its own header.
     */
    static final class Listing {
        private final BlockingCapitalistClient client;
        private final BatchId id;
        private final Tally tally = new Tally();

        Listing(BlockingCapitalistClient client, BatchId id) {
            this.client = client;
            this.id = id;
        }

        /** The counts of what was printed; complete once every record read was final. */
        Tally tally() {
            return tally;
        }

        /** The records page by page, then the summary line and the amounts by outcome. */
        void printTable(PrintWriter out, String summaryPrefix) {
            printRecords(out);
            out.println();
            out.println(summaryPrefix + tally.summary());
            if (!tally.amounts().isEmpty()) {
                out.println();
                tally.amounts().printTable(out);
            }
        }

        void printRecords(PrintWriter out) {
            Report.walk(() -> client.forEachRecordPage(id, CapitalistClient.DEFAULT_PAGE_SIZE, page -> {
                table(out, page.records());
                out.flush();
                tally.add(page.records());
            }));
        }

        /** The fields of {@code head}, then {@code "records"} as they are read, then {@code "complete"}. */
        void writeJson(JsonGenerator json, ObjectNode head) throws IOException {
            json.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = head.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                json.writeFieldName(field.getKey());
                json.writeTree(field.getValue());
            }
            json.writeArrayFieldStart("records");
            Report.walk(() -> client.forEachRecordPage(id, CapitalistClient.DEFAULT_PAGE_SIZE, page -> {
                try {
                    for (BatchRecord r : page.records()) {
                        json.writeTree(node(r));
                    }
                    json.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                tally.add(page.records());
            }));
            json.writeEndArray();
            json.writeBooleanField("complete", tally.complete());
            ObjectNode totals = JsonNodeFactory.instance.objectNode();
            tally.amounts().json(totals);
            json.writeFieldName("totals");
            json.writeTree(totals);
            json.writeEndObject();
        }
    }
}
