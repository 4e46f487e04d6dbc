package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.domain.api.RawAnswer;

/**
 * An operation called by name: the envelope's message and its {@code data} written back as compact JSON
 * (decimals keep their digits: the mapper reads them as BigDecimal), never interpreted.
 */
final class RawAnswerCodec {

    private RawAnswerCodec() {
    }

    static RawAnswer fromEnvelope(String operation, JsonNode root) {
        JsonNode data = root.get("data");
        String text;
        try {
            text = data == null ? "null" : Json.MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("data could not be written back as JSON", e);
        }
        return new RawAnswer(operation, 0, Json.textOrEmpty(root, "message"), text);
    }
}
