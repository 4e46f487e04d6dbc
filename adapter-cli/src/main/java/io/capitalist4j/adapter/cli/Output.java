package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.TreeNode;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.capitalist4j.domain.auth.KnownSecrets;
import io.capitalist4j.domain.auth.Redaction;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
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
                // Written as the report goes, so a report that reads pages while it prints holds one page at a time;
                // every value passes the mask on its way out.
                JsonGenerator json = new Masking(MAPPER.writer().createGenerator(out));
                report.writeJson(json);
                json.flush();
                out.println();
            } catch (IOException e) {
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

    /** Masks each value as it is written: strings, integral numbers that are card numbers, whole trees. */
    private final class Masking extends JsonGeneratorDelegate {

        Masking(JsonGenerator json) {
            super(json, false);
        }

        @Override
        public void writeString(String text) throws IOException {
            super.writeString(text == null ? null : Redaction.maskCardNumbers(secrets.mask(text)));
        }

        @Override
        public void writeNumber(long value) throws IOException {
            writeIntegral(Long.toString(value));
        }

        @Override
        public void writeNumber(BigInteger value) throws IOException {
            writeIntegral(value.toString());
        }

        private void writeIntegral(String digits) throws IOException {
            String shown = Redaction.maskCardNumbers(digits);
            if (shown.equals(digits)) {
                super.writeNumber(digits);
            } else {
                super.writeString(shown);
            }
        }

        @Override
        public void writeTree(TreeNode tree) throws IOException {
            super.writeTree(tree instanceof JsonNode ? masked((JsonNode) tree) : tree);
        }
    }
}
