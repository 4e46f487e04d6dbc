package io.capitalist4j.testkit;

import io.capitalist4j.adapter.csv.ResponseFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One answer before it is written: the code and message, the JSON {@code data} tree (maps, lists, strings,
 * numbers, booleans) and the CSV rows. json-lite is the CSV rows as JSON arrays unless an operation gives
 * its own (get_token puts the PEM there, which cannot live on a CSV line).
 */
record Reply(int code, String message, Object data, List<List<String>> csvRows, Optional<List<List<Object>>> liteRows,
             Optional<ResponseFormat> onlyFormat) {

    static Reply ok(Object data, List<List<String>> csvRows) {
        return new Reply(0, "", data, csvRows, Optional.empty(), Optional.empty());
    }

    static Reply error(ApiFailure f) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(Integer.toString(f.code()), f.getMessage()));
        f.secondLine().ifPresent(s -> rows.add(List.of(s)));
        return new Reply(f.code(), f.getMessage(), List.of(), rows, Optional.empty(), Optional.empty());
    }

    Reply withLiteRows(List<List<Object>> rows) {
        return new Reply(code, message, data, csvRows, Optional.of(rows), onlyFormat);
    }

    /** This operation answers in {@code format} whatever was asked (get_documents_history_ext: JSON only). */
    Reply onlyIn(ResponseFormat format) {
        return new Reply(code, message, data, csvRows, liteRows, Optional.of(format));
    }
}
