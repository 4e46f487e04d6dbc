package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.RecordState;
import java.util.ArrayList;
import java.util.List;

/**
 * get_batch_info. CSV line 1 is {@code 0;id;offset;page_size;total_size;page_count;current_page} (an older
 * revision stops after total_size: the page count and page are then worked out), then one line per
 * record of ten fields.
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
            records.add(new BatchRecord(Json.integer(r, "lineNumber"), Json.textOrEmpty(r, "internalNumber"),
                    Json.textOrEmpty(r, "beneficiary"), Json.decimal(r, "amount"), Json.text(r, "currency"),
                    Json.textOrEmpty(r, "description"), Json.optText(r, "documentId"), state(Json.text(r, "state")),
                    Json.textOrEmpty(r, "paymentType"), Json.textOrEmpty(r, "errorDetails")));
        }
        return new BatchPage(BatchId.of(Json.text(data, "id")), Json.integer(data, "offset"),
                Json.integer(data, "page"), Json.integer(data, "pageSize"), Json.integer(data, "pageCount"),
                Json.integer(data, "totalCount"), records);
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
            pageCount = pageSize > 0 ? (total + pageSize - 1) / pageSize : 0;
            page = pageSize > 0 ? offset / pageSize : 0;
        }
        List<BatchRecord> records = new ArrayList<>(rows.size() - 1);
        for (Row r : rows.subList(1, rows.size())) {
            r.requireSize(RECORD_FIELDS, RECORD_FIELDS, "batch record");
            records.add(new BatchRecord(r.integer(0, "line number"), r.text(1, "internal number"),
                    r.text(2, "recipient"), r.decimal(3, "amount"), r.recurringText(4, "currency"),
                    r.text(5, "assignment"), r.optText(6), state(r.recurringText(7, "document status")),
                    r.recurringText(8, "payment type"), r.recurringText(9, "error description")));
        }
        return new BatchPage(BatchId.of(first.text(1, "batch id")), offset, page, pageSize, pageCount, total, records);
    }

    static RecordState state(String wire) {
        return RecordState.find(wire).orElseThrow(() -> new IllegalArgumentException(
                "record state must be NEW, READY, INPROCESS, DECLINED or PROCESSED: " + Values.shown(wire)));
    }
}
