package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.domain.error.ApiError;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON envelope ({@code code}, {@code message}, {@code data}) read from the token stream, with the
 * same decisions as {@link FormatDecoder}'s tree reading, in the same order: malformed JSON anywhere
 * first, then an empty or non-object answer, then the code, then (non-zero code) the message or (zero)
 * the payload. The keys may come in any order; {@code data} is read as it comes and its value or problem
 * dropped if the code turns out to be an error.
 */
final class StreamedJson {

    private StreamedJson() {
    }

    static <T> WireResult<T> decode(byte[] body, StreamedPayload<T> payload) throws IOException {
        try (JsonParser p = JsonStream.FACTORY.createParser(body)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new IllegalArgumentException("the answer is empty");
            }
            if (first != JsonToken.START_OBJECT) {
                JsonNode root = JsonStream.readNode(p, body);
                JsonStream.expectEnd(p);
                if (Json.isAbsent(root)) {
                    throw new IllegalArgumentException("the answer is empty");
                }
                throw new IllegalArgumentException("the answer is not a JSON object but " + Json.kind(root));
            }
            // code and message as small trees, so that the tree reading's own checks judge them.
            ObjectNode envelope = JsonNodeFactory.instance.objectNode();
            StreamedPayload.Payload<T> data = null;
            Set<String> others = null;
            String name;
            while ((name = nextKey(p, body, envelope, data != null, others)) != null) {
                switch (name) {
                    case "code":
                    case "message":
                        if (envelope.has(name)) {
                            throw JsonStream.duplicate(p, body, name);
                        }
                        p.nextToken();
                        envelope.set(name, JsonStream.readNode(p, body));
                        break;
                    case "data":
                        if (data != null) {
                            throw JsonStream.duplicate(p, body, name);
                        }
                        p.nextToken();
                        data = payload.read(p, body);
                        break;
                    default:
                        others = JsonStream.remember(others, name, p, body);
                        p.nextToken();
                        JsonStream.readNode(p, body);
                }
            }
            JsonStream.expectEnd(p);
            Optional<ApiError> error = FormatDecoder.error(envelope);
            if (error.isPresent()) {
                return WireResult.failed(error.get(), Optional.empty());
            }
            return WireResult.ok((data == null ? payload.missing() : data).value());
        }
    }

    private static String nextKey(JsonParser p, byte[] body, ObjectNode envelope, boolean sawData, Set<String> others)
            throws IOException {
        return JsonStream.nextFieldName(p, body, name -> envelope.has(name) || (sawData && name.equals("data"))
                || (others != null && others.contains(name)));
    }
}
