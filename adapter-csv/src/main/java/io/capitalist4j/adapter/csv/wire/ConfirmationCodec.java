package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.ConfirmationResult;
import java.util.List;

/** process_batch: {@code {id, verificationSuccess}} or {@code 0;id;verification_success} (1 = confirmed, 2 = failed). */
final class ConfirmationCodec {

    private ConfirmationCodec() {
    }

    static ConfirmationResult fromJson(JsonNode data) {
        Json.requireObject(data, "data");
        return new ConfirmationResult(BatchId.of(Json.text(data, "id")), Json.integer(data, "verificationSuccess"));
    }

    static ConfirmationResult fromRows(List<Row> rows) {
        Row row = rows.get(0).requireSize(3, 3, "batch id and verification result");
        return new ConfirmationResult(BatchId.of(row.text(1, "batch id")), row.integer(2, "verification_success"));
    }
}
