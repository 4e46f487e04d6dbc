package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.domain.fee.FeeQuote;
import java.util.List;

/** get_document_fee: {@code {fee, currency, amount}} or {@code 0;fee;currency;src_amount}. */
final class FeeCodec {

    private FeeCodec() {
    }

    static FeeQuote fromJson(JsonNode data) {
        Json.requireObject(data, "data");
        return new FeeQuote(Json.decimal(data, "fee"), Json.text(data, "currency"), Json.decimal(data, "amount"));
    }

    static FeeQuote fromRows(List<Row> rows) {
        Row row = rows.get(0).requireSize(4, 4, "fee");
        return new FeeQuote(row.decimal(1, "fee"), row.text(2, "currency"), row.decimal(3, "src_amount"));
    }
}
