package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** is_verified_account: {@code {verified: true}} or {@code 0;1}. */
final class VerifiedAccountCodec {

    private VerifiedAccountCodec() {
    }

    static Boolean fromJson(JsonNode data) {
        Json.requireObject(data, "data");
        return Json.flag(data, "verified");
    }

    static Boolean fromRows(List<Row> rows) {
        return rows.get(0).requireSize(2, 2, "check result").flag(1, "check_result");
    }
}
