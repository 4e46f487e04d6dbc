package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.RecordState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * get_batch_info. CSV line 1 is {@code 0;id;offset;page_size;total_size;page_count;current_page} (an older
 * revision stops after total_size: the page count and page are then worked out), then one line per
 * record of ten fields.
 *
 * <p>Lenient where servers differ (docs/protocol-notes.md, "Tolerant decoding"): the paging numbers may be
 * numbers or strings; a missing page or page count is worked out from offset, size and total, and a missing
 * total is {@link BatchPage#UNKNOWN}. A record field that cannot be read keeps the record with a problem, and a
 * state this client does not know is kept as it came.
 */
final class BatchPageCodec {

    static final int RECORD_FIELDS = 10;

    private BatchPageCodec() {
    }

    static BatchPage fromJson(JsonNode data) {
        Json.requireObject(data, "data");
        List<BatchRecord> records = new ArrayList<>();
        for (JsonNode r : Json.array(data, "records")) {
            Json.requireObject(r, "records[]");
            records.add(record(r));
        }
        return paging(data, records);
    }

    /** One record read from its tree, each field on its own. */
    static BatchRecord record(JsonNode r) {
        RecordProblems problems = new RecordProblems();
        int line = problems.read(r, "lineNumber", Json::integer, 0);
        String internal = problems.read(r, "internalNumber", Json::textOrEmpty, "");
        String to = problems.read(r, "beneficiary", Json::textOrEmpty, "");
        BigDecimal sum = problems.read(r, "amount", Json::decimal, null);
        String in = problems.read(r, "currency", Json::text, "");
        String what = problems.read(r, "description", Json::textOrEmpty, "");
        Optional<String> document = problems.read(r, "documentId", Json::optText, Optional.empty());
        String state = problems.read(r, "state", Json::text, "");
        String type = problems.read(r, "paymentType", Json::textOrEmpty, "");
        String details = problems.read(r, "errorDetails", Json::textOrEmpty, "");
        return record(line, internal, to, sum, in, what, document, state, type, details, problems);
    }

    static BatchRecord record(int line, String internal, String to, BigDecimal sum, String in, String what,
                              Optional<String> document, String state, String type, String details,
                              RecordProblems problems) {
        return new BatchRecord(line, internal, to, sum, in, what, document, RecordState.of(state), type, details,
                state, problems.get());
    }

    /** The paging fields of {@code data}, read after the records, in this order. */
    static BatchPage paging(JsonNode data, List<BatchRecord> records) {
        BatchId id = BatchId.of(Json.text(data, "id"));
        int offset = Json.integer(data, "offset");
        int pageSize = Json.integer(data, "pageSize");
        int total = Json.isAbsent(data.get("totalCount")) ? BatchPage.UNKNOWN : Json.integer(data, "totalCount");
        int page = Json.isAbsent(data.get("page")) ? pageOf(offset, pageSize) : Json.integer(data, "page");
        int pageCount = Json.isAbsent(data.get("pageCount")) ? pageCount(total, pageSize)
                : Json.integer(data, "pageCount");
        return new BatchPage(id, offset, page, pageSize, pageCount, total, records);
    }

    static BatchPage fromRows(List<Row> rows) {
        Row first = rows.get(0).requireSize(5, 7, "batch paging");
        int offset = first.integer(2, "offset");
        int pageSize = first.integer(3, "page_size");
        int total = first.integer(4, "total_size");
        int pageCount;
        int page;
        if (first.size() == 7) {
            pageCount = first.integer(5, "page_count");
            page = first.integer(6, "current_page");
        } else {
            pageCount = pageCount(total, pageSize);
            page = pageOf(offset, pageSize);
        }
        List<BatchRecord> records = new ArrayList<>(rows.size() - 1);
        for (Row r : rows.subList(1, rows.size())) {
            r.requireSize(RECORD_FIELDS, RECORD_FIELDS, "batch record");
            RecordProblems problems = new RecordProblems();
            records.add(record(problems.read(r.text(0, "line number"), () -> r.integer(0, "line number"), 0), r.text(1, "internal number"),
                    r.text(2, "recipient"), problems.read(r.text(3, "amount"), () -> r.decimal(3, "amount"), null),
                    r.recurringText(4, "currency"), r.text(5, "assignment"), r.optText(6),
                    r.recurringText(7, "document status"), r.recurringText(8, "payment type"),
                    r.recurringText(9, "error description"), problems));
        }
        return new BatchPage(BatchId.of(first.text(1, "batch id")), offset, page, pageSize, pageCount, total, records);
    }

    private static int pageOf(int offset, int pageSize) {
        return pageSize > 0 ? offset / pageSize : 0;
    }

    private static int pageCount(int total, int pageSize) {
        if (total < 0) {
            return BatchPage.UNKNOWN;
        }
        return pageSize > 0 ? (int) (((long) total + pageSize - 1) / pageSize) : 0;
    }
}
