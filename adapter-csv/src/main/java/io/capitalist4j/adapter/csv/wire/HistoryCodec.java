package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.domain.document.HistoryEntry;
import io.capitalist4j.domain.document.HistoryPage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * get_documents_history_ext, JSON only: {@code pages} and {@code history[]}. {@code batch} is an object
 * (whose {@code id} is the mass payment) or null; {@code tax}, {@code destAmount}, {@code destCurrency}
 * may be null.
 */
final class HistoryCodec {

    private HistoryCodec() {
    }

    static HistoryPage fromJson(JsonNode data) {
        Json.requireObject(data, "data");
        JsonNode pages = Json.object(data, "pages");
        List<HistoryEntry> entries = new ArrayList<>();
        for (JsonNode h : Json.array(data, "history")) {
            Json.requireObject(h, "history[]");
            entries.add(new HistoryEntry(Json.text(h, "number"), Json.text(h, "id"), batchId(h),
                    Instant.ofEpochSecond(Json.longInteger(h, "timestamp")), Json.text(h, "state"),
                    Json.textOrEmpty(h, "stateLocalized"), Json.textOrEmpty(h, "channel"),
                    Json.textOrEmpty(h, "correspondent"), Json.textOrEmpty(h, "comment"),
                    Json.textOrEmpty(h, "account"), Json.decimal(h, "amount"), Json.optDecimal(h, "tax"),
                    Json.text(h, "currency"), Json.optDecimal(h, "destAmount"), Json.optText(h, "destCurrency"),
                    Json.textOrEmpty(h, "description"), Json.flagOrFalse(h, "outgoing"),
                    Json.flagOrFalse(h, "selfExchange")));
        }
        return new HistoryPage(Json.integer(pages, "itemCount"), Json.integer(pages, "pageCount"),
                Json.integer(pages, "pageSize"), Json.integer(pages, "currentPage"),
                Json.integer(pages, "currentPageCount"), entries);
    }

    private static Optional<String> batchId(JsonNode entry) {
        JsonNode batch = entry.get("batch");
        if (Json.isAbsent(batch) || (batch.isArray() && batch.isEmpty())) {
            return Optional.empty();
        }
        if (!batch.isObject()) {
            throw new IllegalArgumentException("batch must be an object or null, not " + Json.kind(batch));
        }
        return Json.optText(batch, "id");
    }
}
