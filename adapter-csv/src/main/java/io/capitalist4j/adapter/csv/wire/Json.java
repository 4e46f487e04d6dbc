package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.capitalist4j.domain.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reads from a Jackson tree. Numbers may arrive as JSON numbers or as strings; both are read from
 * their text (floats are parsed as BigDecimal, trailing zeros kept), never through a double. Every number is
 * bounded before it is used: Jackson refuses a number token of more than 1,000 characters (its
 * {@code StreamReadConstraints} default), and a decimal with more than {@link io.capitalist4j.domain.money.Money#MAX_DIGITS}
 * digits written out (an exponent counts) is refused here, so no answer can make a value costly to hold or print.
 */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private Json() {
    }

    static boolean isAbsent(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull();
    }

    /** The value as text: strings as they are, numbers as written (no exponent for decimals). */
    static Optional<String> scalarText(JsonNode node, String field) {
        if (isAbsent(node)) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            return Optional.of(node.textValue());
        }
        if (node.isInt() || node.isLong()) {
            return Optional.of(Long.toString(node.longValue()));
        }
        if (node.isIntegralNumber()) {
            return Optional.of(Values.bounded(new BigDecimal(node.bigIntegerValue()), field).toPlainString());
        }
        if (node.isNumber()) {
            return Optional.of(Values.bounded(node.decimalValue(), field).toPlainString());
        }
        if (node.isBoolean()) {
            return Optional.of(node.booleanValue() ? "true" : "false");
        }
        throw new IllegalArgumentException(field + " must be a text or a number, not " + kind(node));
    }

    static String text(JsonNode obj, String field) {
        return scalarText(obj.get(field), field)
                .orElseThrow(() -> new IllegalArgumentException(field + " is missing"));
    }

    /** Absent, null and {@code ""} all mean "not given". */
    static Optional<String> optText(JsonNode obj, String field) {
        return scalarText(obj.get(field), field).filter(s -> !s.isEmpty());
    }

    /** A free-text field where null stands for empty. */
    static String textOrEmpty(JsonNode obj, String field) {
        return scalarText(obj.get(field), field).orElse("");
    }

    static BigDecimal decimal(JsonNode obj, String field) {
        return decimalValue(obj.get(field), field);
    }

    static BigDecimal decimalValue(JsonNode node, String field) {
        if (isAbsent(node)) {
            throw new IllegalArgumentException(field + " is missing");
        }
        if (node.isNumber()) {
            return Values.bounded(node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue(),
                    field);
        }
        if (node.isTextual()) {
            return Values.decimal(node.textValue(), field);
        }
        throw new IllegalArgumentException(field + " must be a number, not " + kind(node));
    }

    static Optional<BigDecimal> optDecimal(JsonNode obj, String field) {
        JsonNode node = obj.get(field);
        if (isAbsent(node) || (node.isTextual() && node.textValue().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(decimalValue(node, field));
    }

    static int integer(JsonNode obj, String field) {
        JsonNode node = obj.get(field);
        if (isAbsent(node)) {
            throw new IllegalArgumentException(field + " is missing");
        }
        if (node.isInt()) {
            return node.intValue();
        }
        if (node.isNumber() && !node.isIntegralNumber()) {
            throw new IllegalArgumentException(field + " must be an integer: " + written(node.decimalValue()));
        }
        return Values.integer(scalarText(node, field).orElseThrow(), field);
    }

    static long longInteger(JsonNode obj, String field) {
        JsonNode node = obj.get(field);
        if (isAbsent(node)) {
            throw new IllegalArgumentException(field + " is missing");
        }
        if (node.isInt() || node.isLong()) {
            return node.longValue();
        }
        if (node.isNumber() && !node.isIntegralNumber()) {
            throw new IllegalArgumentException(field + " must be an integer: " + written(node.decimalValue()));
        }
        return Values.longInteger(scalarText(node, field).orElseThrow(), field);
    }

    /** A decimal for a message: plain when that is short, else as BigDecimal writes it ({@code 1E+999999999}). */
    private static String written(BigDecimal value) {
        return Values.shown(Money.withinDigits(value) ? value.toPlainString() : value.toString());
    }

    static boolean flag(JsonNode obj, String field) {
        JsonNode node = obj.get(field);
        if (isAbsent(node)) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return Values.flag(scalarText(node, field).orElseThrow(), field);
    }

    static boolean flagOrFalse(JsonNode obj, String field) {
        return isAbsent(obj.get(field)) ? false : flag(obj, field);
    }

    /** The payload itself must be an object (a success never carries {@code []} where an object belongs). */
    static JsonNode requireObject(JsonNode node, String what) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(what + " must be an object, not " + kind(node));
        }
        return node;
    }

    static JsonNode object(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(field + " must be an object, not " + kind(node));
        }
        return node;
    }

    /** A list that may be absent, null or (PHP's habit) an empty object. */
    static List<JsonNode> array(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (isAbsent(node) || (node.isObject() && node.isEmpty())) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(field + " must be a list, not " + kind(node));
        }
        List<JsonNode> items = new ArrayList<>(node.size());
        node.forEach(items::add);
        return items;
    }

    /** The entries of an object that may be absent or, as PHP writes an empty map, {@code []}. */
    static Iterator<Map.Entry<String, JsonNode>> entries(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (isAbsent(node) || (node.isArray() && node.isEmpty())) {
            return java.util.Collections.emptyIterator();
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(field + " must be an object, not " + kind(node));
        }
        return node.fields();
    }

    static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
