package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Answers that only say yes (add_payment_notification, reference §6.14: {@code "data":[]} or {@code 0;}):
 * the value is the server's message, {@code ""} or {@code "OK"}; whatever {@code data} holds is not read.
 */
final class AcknowledgementCodec {

    private AcknowledgementCodec() {
    }

    static String fromEnvelope(JsonNode root) {
        return Json.textOrEmpty(root, "message");
    }

    static String fromRows(List<Row> rows) {
        return rows.get(0).optText(1).orElse("");
    }
}
