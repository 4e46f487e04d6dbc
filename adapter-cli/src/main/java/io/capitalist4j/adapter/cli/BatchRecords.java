package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.RecordState;
import java.io.PrintWriter;
import java.util.EnumMap;
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

    static void json(ArrayNode array, List<BatchRecord> records) {
        for (BatchRecord r : records) {
            ObjectNode node = array.addObject().put("line", r.lineNumber()).put("paymentNumber", r.internalNumber())
                    .put("beneficiary", Shown.beneficiary(r.beneficiary())).put("amount", Shown.amount(r.amount()))
                    .put("currency", r.currency()).put("state", outcome(r)).put("final", r.isFinal())
                    .put("paymentType", r.paymentType()).put("details", r.errorDetails());
            node.put("documentId", r.documentId().orElse(null));
        }
    }

    /** "6 records: 5 PROCESSED, 1 DECLINED" — counts of the outcomes present, in state order. */
    static String summary(List<BatchRecord> records) {
        Map<RecordState, Integer> counts = new EnumMap<>(RecordState.class);
        int skipped = 0;
        for (BatchRecord r : records) {
            if (r.isSkipped()) {
                skipped++;
            } else {
                counts.merge(r.state(), 1, Integer::sum);
            }
        }
        StringBuilder text = new StringBuilder(records.size() + (records.size() == 1 ? " record" : " records"));
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
