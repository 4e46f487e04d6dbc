package io.capitalist4j.adapter.csv.wire;

import io.capitalist4j.adapter.csv.ResponseFormat;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.domain.error.ApiError;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.error.ErrorCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the envelope of one format and hands the payload to the operation's mapping. Every problem,
 * whatever its origin, leaves as a {@link DecodingException} naming the operation and the format; the
 * message never quotes the body beyond a short bad value (a get_token body holds the token).
 */
final class FormatDecoder<T> implements WireDecoder<T> {

    private final String operation;
    private final ResponseFormat format;
    /** Gets the whole envelope object (most mappings look only at {@code data}). */
    private final Function<JsonNode, T> fromJson;
    /** Null when the operation has no CSV or json-lite form. */
    private final Function<List<Row>, T> fromRows;
    /**
     * Null, or the operation's {@code data} read straight from the token stream, for answers large enough
     * that building the tree first would dominate (a get_batch_info page). It must decide exactly as
     * {@code fromJson} does.
     */
    private final StreamedPayload<T> streamed;

    FormatDecoder(String operation, ResponseFormat format, Function<JsonNode, T> fromJson,
                  Function<List<Row>, T> fromRows) {
        this(operation, format, fromJson, fromRows, null);
    }

    FormatDecoder(String operation, ResponseFormat format, Function<JsonNode, T> fromJson,
                  Function<List<Row>, T> fromRows, StreamedPayload<T> streamed) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.format = Objects.requireNonNull(format, "format");
        this.fromJson = Objects.requireNonNull(fromJson, "fromJson");
        this.fromRows = fromRows;
        this.streamed = streamed;
    }

    @Override
    public WireResult<T> decode(byte[] body) {
        Objects.requireNonNull(body, "body");
        try {
            switch (format) {
                case JSON: return decodeJson(body);
                // A CSV answer starts with its code; a body starting with '{' is a JSON envelope whatever the header
                // said or failed to say (the live server's code-4 refusal names no format).
                case CSV: return isJsonObject(body) ? decodeJson(body) : decodeCsv(body);
                case JSON_LITE: return decodeJsonLite(body);
                default: throw new IllegalStateException("format " + format);
            }
        } catch (DecodingException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(e.getMessage(), e);
        }
    }

    private WireResult<T> decodeJson(byte[] body) {
        if (streamed != null) {
            try {
                return StreamedJson.decode(body, streamed);
            } catch (JsonProcessingException e) {
                throw failure(malformed(e), null);
            } catch (IOException e) {
                throw failure("unreadable JSON", null);
            }
        }
        JsonNode root = parse(body);
        Optional<ApiError> error = error(root);
        if (error.isPresent()) {
            return WireResult.failed(error.get(), Optional.empty());
        }
        return WireResult.ok(fromJson.apply(root));
    }

    private WireResult<T> decodeJsonLite(byte[] body) {
        JsonNode root = parse(body);
        Optional<ApiError> error = error(root);
        JsonNode data = root.get("data");
        if (error.isEmpty() && data != null && data.isObject() && !data.isEmpty()) {
            // rows are arrays: an object is the JSON form, sent without (or against) the header
            return WireResult.ok(fromJson.apply(root));
        }
        List<Row> rows = liteRows(root.get("data"));
        if (error.isPresent()) {
            return WireResult.failed(error.get(), detail(rows.size() > 1 ? rows.subList(1, rows.size()) : List.of()));
        }
        if (rows.isEmpty()) {
            // "data": [] on success: the envelope itself is line 1, so each mapping reports what it lacks.
            rows = List.of(new Row(1, List.of("0", Json.textOrEmpty(root, "message"))));
        }
        return WireResult.ok(rowsOrRefuse().apply(rows));
    }

    private WireResult<T> decodeCsv(byte[] body) {
        String text = CsvText.utf8(body);
        if (text.isBlank()) {
            throw new IllegalArgumentException("the answer is empty");
        }
        String first = CsvText.firstLine(text);
        int semicolon = first.indexOf(';');
        int code = Values.integer(semicolon < 0 ? first : first.substring(0, semicolon), "result code on line 1");
        if (code != ErrorCode.OK.code()) {
            List<String> lines = CsvText.lines(text);
            String message = semicolon < 0 ? "" : first.substring(semicolon + 1);
            String rest = String.join("\n", lines.subList(1, lines.size()));
            return WireResult.failed(new ApiError(code, message), rest.isBlank() ? Optional.empty() : Optional.of(rest));
        }
        return WireResult.ok(rowsOrRefuse().apply(CsvText.rows(text)));
    }

    private Function<List<Row>, T> rowsOrRefuse() {
        if (fromRows == null) {
            return rows -> {
                throw new IllegalArgumentException(operation + " answers only in JSON, the server sent "
                        + format.wireName());
            };
        }
        return fromRows;
    }

    private JsonNode parse(byte[] body) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw failure(malformed(e), null);
        } catch (IOException e) {
            throw failure("unreadable JSON", null);
        }
        if (Json.isAbsent(root)) {
            throw new IllegalArgumentException("the answer is empty");
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException("the answer is not a JSON object but " + Json.kind(root));
        }
        return root;
    }

    /** Whether the body, after blanks and a UTF-8 byte order mark, opens a JSON object. */
    static boolean isJsonObject(byte[] body) {
        int i = 0;
        if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf) {
            i = 3;
        }
        while (i < body.length && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) {
            i++;
        }
        return i < body.length && body[i] == '{';
    }

    /** Jackson's own message quotes the body; the location is enough and leaks nothing. */
    private static String malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return "malformed JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr());
    }

    /** The envelope's code; a non-zero code with its message. */
    static Optional<ApiError> error(JsonNode root) {
        JsonNode codeNode = root.get("code");
        if (Json.isAbsent(codeNode)) {
            throw new IllegalArgumentException("the answer has no result code");
        }
        int code = Json.integer(root, "code");
        if (code == ErrorCode.OK.code()) {
            return Optional.empty();
        }
        return Optional.of(new ApiError(code, Json.textOrEmpty(root, "message")));
    }

    /** json-lite: data is a list of rows, each the fields of a CSV line; on errors it is often {@code []}. */
    private static List<Row> liteRows(JsonNode data) {
        if (Json.isAbsent(data) || (data.isObject() && data.isEmpty())) {
            return List.of();
        }
        if (!data.isArray()) {
            throw new IllegalArgumentException("json-lite data must be a list of rows, not " + Json.kind(data));
        }
        List<Row> rows = new ArrayList<>(data.size());
        int line = 1;
        for (JsonNode row : data) {
            if (!row.isArray()) {
                throw new IllegalArgumentException("json-lite row " + line + " must be a list, not " + Json.kind(row));
            }
            List<String> fields = new ArrayList<>(row.size());
            for (JsonNode cell : row) {
                fields.add(Json.scalarText(cell, "json-lite row " + line).orElse(""));
            }
            rows.add(new Row(line++, fields));
        }
        return rows;
    }

    private static Optional<String> detail(List<Row> rows) {
        List<String> lines = new ArrayList<>();
        for (Row row : rows) {
            lines.add(String.join(";", row.fields()));
        }
        String text = String.join("\n", lines);
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    private DecodingException failure(String reason, Throwable cause) {
        return new DecodingException(operation, operation + ": the " + format.wireName()
                + " answer could not be read: " + bounded(reason), cause);
    }

    /** Longest reason kept: domain checks quote the bad value, and a server can send megabytes of it. */
    static final int MAX_REASON_LENGTH = 300;

    private static String bounded(String reason) {
        if (reason == null || reason.length() <= MAX_REASON_LENGTH) {
            return reason;
        }
        int head = MAX_REASON_LENGTH - 41;
        if (Character.isHighSurrogate(reason.charAt(head - 1))) {
            head--;
        }
        int tail = reason.length() - 40;
        if (Character.isLowSurrogate(reason.charAt(tail))) {
            tail++;
        }
        return reason.substring(0, head) + "…" + reason.substring(tail);
    }
}
