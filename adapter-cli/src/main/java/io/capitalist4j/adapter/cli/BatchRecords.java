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

/** The records of a batch, one per payment number, in both output shapes. */
final class BatchRecords {

    private BatchRecords() {
    }

    /** SKIPPED for a line rejected at upload, else the record's state. */
    static String outcome(BatchRecord r) {
        return r.isSkipped() ? "SKIPPED" : r.state().name();
    }

    static void table(PrintWriter out, List<BatchRecord> records) {
        TextTable table = TextTable.of("LINE", "NUMBER", "BENEFICIARY", "AMOUNT", "CURRENCY", "STATE", "DOCUMENT", "DETAILS")
                .right("LINE", "AMOUNT");
        for (BatchRecord r : records) {
            table.row(r.lineNumber(), r.internalNumber(), Shown.beneficiary(r.beneficiary()), Shown.amount(r.amount()),
                    r.currency(), outcome(r), r.documentId().orElse(""), r.errorDetails());
        }
        table.print(out);
    }

    static ObjectNode node(BatchRecord r) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("line", r.lineNumber())
                .put("paymentNumber", r.internalNumber()).put("beneficiary", Shown.beneficiary(r.beneficiary()))
                .put("amount", Shown.amount(r.amount())).put("currency", r.currency()).put("state", outcome(r))
                .put("final", r.isFinal()).put("paymentType", r.paymentType()).put("details", r.errorDetails());
        node.put("documentId", r.documentId().orElse(null));
        return node;
    }

    /** Outcome counts kept while records stream by. */
    static final class Tally {
        private final Map<RecordState, Integer> counts = new EnumMap<>(RecordState.class);
        private int skipped;
        private int total;
        private boolean complete = true;

        void add(List<BatchRecord> records) {
            for (BatchRecord r : records) {
                total++;
                complete &= r.isFinal();
                if (r.isSkipped()) {
                    skipped++;
                } else {
                    counts.merge(r.state(), 1, Integer::sum);
                }
            }
        }

        boolean complete() {
            return complete;
        }

        /** "6 records: 5 PROCESSED, 1 DECLINED" — counts of the outcomes present, in state order. */
        String summary() {
            StringBuilder text = new StringBuilder(total + (total == 1 ? " record" : " records"));
            String separator = ": ";
            for (Map.Entry<RecordState, Integer> e : counts.entrySet()) {
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

        void printTable(PrintWriter out) {
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
            json.writeEndObject();
        }
    }
}
