package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The token-stream side of {@link Json}: what a streamed decoder needs to read a body exactly as
 * {@link Json#MAPPER} would.
 *
 * <p>The parser checks no duplicate keys itself: Jackson's check keeps a set of names for every object,
 * which costs a third of the parsing of a record page. A streamed decoder checks the keys it knows with a
 * bit mask and any other key with a set, and reports a duplicate as Jackson does, at the same place.
 */
final class JsonStream {

    /** {@link Json#MAPPER}'s parser settings without the duplicate check. */
    static final JsonFactory FACTORY = JsonFactory.builder().build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonStream() {
    }

    /**
     * The value the parser stands on as a tree, built as {@link Json#MAPPER} builds it (floats as
     * BigDecimal, their trailing zeros kept), duplicate keys refused. The parser is left on the value's
     * last token. For keys a decoder does not know, and values of an unexpected type.
     */
    static JsonNode readNode(JsonParser p, byte[] body) throws IOException {
        JsonToken token = p.currentToken();
        if (token == null) {
            throw new JsonParseException(p, "Unexpected end-of-input");
        }
        switch (token) {
            case START_OBJECT: {
                ObjectNode node = NODES.objectNode();
                String name;
                while ((name = nextFieldName(p, body, node::has)) != null) {
                    if (node.has(name)) {
                        throw duplicate(p, body, name);
                    }
                    p.nextToken();
                    node.set(name, readNode(p, body));
                }
                return node;
            }
            case START_ARRAY: {
                ArrayNode node = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    node.add(readNode(p, body));
                }
                return node;
            }
            case VALUE_STRING:
                return TextNode.valueOf(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT: return IntNode.valueOf(p.getIntValue());
                    case LONG: return LongNode.valueOf(p.getLongValue());
                    default: return BigIntegerNode.valueOf(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return DecimalNode.valueOf(p.getDecimalValue());
            case VALUE_TRUE:
                return BooleanNode.TRUE;
            case VALUE_FALSE:
                return BooleanNode.FALSE;
            case VALUE_NULL:
                return NullNode.getInstance();
            default:
                throw new JsonParseException(p, "Unexpected token " + token);
        }
    }

    /** The next key of an object, or null at its end; {@code isDuplicate} as for {@link #orDuplicate}. */
    static String nextFieldName(JsonParser p, byte[] body, Predicate<String> isDuplicate) throws IOException {
        try {
            return p.nextFieldName();
        } catch (JsonProcessingException e) {
            throw orDuplicate(e, p, body, isDuplicate);
        }
    }

    /**
     * Remembers a key a decoder does not know; {@code seen} is made on the first. A key is never both
     * known and unknown, so the two checks together see every duplicate.
     */
    static Set<String> remember(Set<String> seen, String name, JsonParser p, byte[] body) throws JsonParseException {
        Set<String> names = seen == null ? new HashSet<>() : seen;
        if (!names.add(name)) {
            throw duplicate(p, body, name);
        }
        return names;
    }

    /**
     * A duplicate key, at the place Jackson's own check names: just after the key's closing quote. The
     * parser stands on the key, so its token location is the opening quote.
     */
    static JsonParseException duplicate(JsonParser p, byte[] body, String name) {
        JsonLocation key = p.currentTokenLocation();
        JsonLocation after = new JsonLocation(key.contentReference(), key.getByteOffset(), key.getCharOffset(),
                key.getLineNr(), key.getColumnNr() + quotedLength(body, key.getByteOffset(), name));
        return new JsonParseException(p, "Duplicate field '" + name + "'", after);
    }

    /** The key as written, quotes and escapes included; from the name when the body cannot tell. */
    private static int quotedLength(byte[] body, long offset, String name) {
        if (offset < 0 || offset >= body.length || body[(int) offset] != '"') {
            return name.length() + 2;
        }
        int i = (int) offset + 1;
        while (i < body.length && body[i] != '"') {
            i += body[i] == '\\' ? 2 : 1;
        }
        return i - (int) offset + 1;
    }

    /**
     * Jackson reads a key and the start of its value in one step, so a duplicate key whose value is
     * malformed fails on the value; Jackson's own check, made as the key is read, would name the key. The
     * parser still stands on the key then: {@code isDuplicate} says whether it was seen before.
     */
    static JsonProcessingException orDuplicate(JsonProcessingException failure, JsonParser p, byte[] body,
                                               Predicate<String> isDuplicate) {
        if (p.currentToken() == JsonToken.FIELD_NAME) {
            String name = p.getParsingContext().getCurrentName();
            if (name != null && isDuplicate.test(name)) {
                return duplicate(p, body, name);
            }
        }
        return failure;
    }

    /**
     * After the root value: nothing but white space may follow, as {@link Json#MAPPER} requires. A token
     * that follows is reported where it starts, as Jackson reports it.
     */
    static void expectEnd(JsonParser p) throws IOException {
        JsonToken next = p.nextToken();
        if (next != null) {
            throw new JsonParseException(p, "Trailing token (of type " + next + ") found after value",
                    p.currentTokenLocation());
        }
    }
}
