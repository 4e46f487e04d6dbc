package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.capitalist4j.domain.auth.KnownSecrets;
import io.capitalist4j.domain.auth.Redaction;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes reports to stdout in the chosen format; nothing else ever goes to stdout. JSON values are masked before
 * they are written (known secrets and card numbers), because once written a secret may stand JSON-escaped and
 * a card number in a number would break the document if the line were masked afterwards.
 */
final class Output {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final OutputFormat format;
    private final PrintWriter out;
    private final KnownSecrets secrets;

    Output(OutputFormat format, PrintWriter out, KnownSecrets secrets) {
        this.format = format;
        this.out = out;
        this.secrets = secrets;
    }

    void print(Report report) {
        if (format == OutputFormat.JSON) {
            try {
                out.println(MAPPER.writeValueAsString(masked(report.toJson(JsonNodeFactory.instance))));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            report.printTable(out);
        }
        out.flush();
    }

    private JsonNode masked(JsonNode node) {
        if (node.isTextual()) {
            String text = node.textValue();
            String shown = Redaction.maskCardNumbers(secrets.mask(text));
            return shown.equals(text) ? node : TextNode.valueOf(shown);
        }
        if (node.isIntegralNumber()) {
            String digits = node.asText();
            String shown = Redaction.maskCardNumbers(digits);
            return shown.equals(digits) ? node : TextNode.valueOf(shown);
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                field.setValue(masked(field.getValue()));
            }
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, masked(array.get(i)));
            }
        }
        return node;
    }
}
