package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.LineRejection;
import io.capitalist4j.domain.money.Currency;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * import_batch_advanced. JSON: id, summary/fee/nettoSummary per currency, errors[{line, comment}].
 * CSV: {@code 0;id;sum_RUR;sum_USD;sum_EUR;sum_BTC}, {@code errors;id;count}, {@code errorAtLine;line;comment}
 * — the CSV form carries no fee or net amounts.
 */
final class ReceiptCodec {

    /** The order of the sums on CSV line 1. */
    static final List<Currency> CSV_SUM_CURRENCIES = List.of(Currency.RUR, Currency.USD, Currency.EUR, Currency.BTC);

    private ReceiptCodec() {
    }

    static BatchReceipt fromJson(JsonNode data) {
        Json.requireObject(data, "data");
        List<LineRejection> rejections = new ArrayList<>();
        for (JsonNode error : Json.array(data, "errors")) {
            Json.requireObject(error, "errors[]");
            rejections.add(new LineRejection(Json.integer(error, "line"), Json.textOrEmpty(error, "comment")));
        }
        return new BatchReceipt(BatchId.of(Json.text(data, "id")), amounts(data, "summary"), amounts(data, "fee"),
                amounts(data, "nettoSummary"), rejections);
    }

    static Map<Currency, BigDecimal> amounts(JsonNode data, String field) {
        Map<Currency, BigDecimal> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = Json.entries(data, field); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (Json.isAbsent(e.getValue()) || (e.getValue().isTextual() && e.getValue().textValue().isEmpty())) {
                continue;
            }
            map.put(Currency.of(e.getKey()), Json.decimalValue(e.getValue(), field + "." + e.getKey()));
        }
        return map;
    }

    static BatchReceipt fromRows(List<Row> rows) {
        Row first = rows.get(0).requireSize(2, 6, "batch id and sums");
        BatchId id = BatchId.of(first.text(1, "batch id"));
        Map<Currency, BigDecimal> summary = new LinkedHashMap<>();
        for (int i = 0; i < CSV_SUM_CURRENCIES.size(); i++) {
            Currency currency = CSV_SUM_CURRENCIES.get(i);
            first.optDecimal(i + 2, "sum_" + currency.code()).ifPresent(sum -> summary.put(currency, sum));
        }
        List<LineRejection> rejections = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            String kind = row.text(0, "line kind");
            if ("errors".equals(kind)) {
                continue; // the count line; the errorAtLine lines that follow are the errors themselves
            }
            if (!"errorAtLine".equals(kind)) {
                throw new IllegalArgumentException("line " + row.line() + " is neither errors nor errorAtLine: "
                        + Values.shown(kind));
            }
            row.requireSize(2, Integer.MAX_VALUE, "errorAtLine");
            String comment = String.join(";", row.fields().subList(Math.min(2, row.size()), row.size()));
            rejections.add(new LineRejection(row.integer(1, "error line number"), comment));
        }
        return new BatchReceipt(id, summary, Map.of(), Map.of(), rejections);
    }
}
