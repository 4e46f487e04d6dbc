package io.capitalist4j.testkit;

import io.capitalist4j.adapter.csv.ResponseFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a {@link Reply} in one of the three formats. JSON always has {@code code}, {@code message} and
 * {@code data}, never {@code data: null} (errors carry {@code []}); CSV lines end with {@code \n} between
 * lines and no final line break; json-lite is the CSV rows as arrays with the numeric code first.
 */
final class ReplyWriter {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

    private ReplyWriter() {
    }

    static String write(Reply reply, ResponseFormat format) {
        switch (format) {
            case JSON: return json(reply.code(), reply.message(), reply.data());
            case JSON_LITE: return json(reply.code(), reply.message(), reply.code() == 0 ? lite(reply) : List.of());
            default: return csv(reply.csvRows());
        }
    }

    static String json(int code, String message, Object data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("code", code);
        envelope.put("message", message);
        envelope.put("data", data == null ? List.of() : data);
        try {
            return JSON.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a reply", e);
        }
    }

    private static List<List<Object>> lite(Reply reply) {
        if (reply.liteRows().isPresent()) {
            return reply.liteRows().get();
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < reply.csvRows().size(); i++) {
            List<Object> row = new ArrayList<>(reply.csvRows().get(i));
            if (i == 0 && !row.isEmpty()) {
                row.set(0, reply.code());
            }
            rows.add(row);
        }
        return rows;
    }

    private static String csv(List<List<String>> rows) {
        return rows.stream().map(r -> String.join(";", r)).collect(Collectors.joining("\n"));
    }

    /** A free-text value in double quotes, inner quotes doubled (the create_account example's style). */
    static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /**
     * A PEM as one CSV cell (get_token's fifth), armour lines kept and line breaks removed: the 2024 official
     * client encrypts only with that cell, and phpseclib reads the one-line form.
     */
    static String oneLine(String pem) {
        return pem.replace("\r", "").replace("\n", "");
    }
}
