package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.CreatedAccount;
import io.capitalist4j.domain.money.Currency;
import java.util.List;

/**
 * create_account (reference §6.12): {@code {"number":…,"currency":…,"name":…}}, or the CSV line
 * {@code 0;<number>;<currency>[;<name>]} (the documented format line lacks the name its example carries, so
 * a missing name reads as {@code ""}).
 */
final class CreatedAccountCodec {

    private CreatedAccountCodec() {
    }

    static CreatedAccount fromJson(JsonNode data) {
        Json.requireObject(data, "data");
        return new CreatedAccount(AccountNumber.of(Json.text(data, "number")), Currency.of(Json.text(data, "currency")),
                Json.textOrEmpty(data, "name"));
    }

    static CreatedAccount fromRows(List<Row> rows) {
        Row first = rows.get(0).requireSize(3, 4, "created account");
        return new CreatedAccount(AccountNumber.of(first.text(1, "account_number")),
                Currency.of(first.text(2, "account_currency")), first.optText(3).orElse(""));
    }
}
