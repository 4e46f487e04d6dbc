package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.domain.account.Account;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.money.Currency;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * get_accounts. CSV line 1:
 * {@code 0;total_count;rur_count;rur_total;usd_count;usd_total;eur_count;eur_total}, then
 * {@code name;number;currency;balance;blocked} per account (the name may be quoted).
 */
final class AccountsCodec {

    /** The currencies of the CSV totals, in order. */
    static final List<Currency> CSV_TOTAL_CURRENCIES = List.of(Currency.RUR, Currency.USD, Currency.EUR);

    private AccountsCodec() {
    }

    static AccountsOverview fromJson(JsonNode data) {
        Json.requireObject(data, "data");
        List<Account> accounts = new ArrayList<>();
        for (JsonNode a : Json.array(data, "accounts")) {
            Json.requireObject(a, "accounts[]");
            accounts.add(new Account(Json.textOrEmpty(a, "name"), AccountNumber.of(Json.text(a, "number")),
                    Currency.of(Json.text(a, "currency")), Json.decimal(a, "balance"),
                    Json.optDecimal(a, "blockedAmount").orElse(BigDecimal.ZERO)));
        }
        return new AccountsOverview(ReceiptCodec.amounts(data, "summary"), accounts);
    }

    static AccountsOverview fromRows(List<Row> rows) {
        Row first = rows.get(0).requireSize(2, 8, "account totals");
        Map<Currency, BigDecimal> summary = new LinkedHashMap<>();
        for (int i = 0; i < CSV_TOTAL_CURRENCIES.size(); i++) {
            Currency currency = CSV_TOTAL_CURRENCIES.get(i);
            first.optDecimal(3 + 2 * i, currency.code().toLowerCase(java.util.Locale.ROOT) + "_total_amount")
                    .ifPresent(total -> summary.put(currency, total));
        }
        List<Account> accounts = new ArrayList<>();
        for (Row r : rows.subList(1, rows.size())) {
            r.requireSize(5, 5, "account");
            accounts.add(new Account(r.text(0, "account name"), AccountNumber.of(r.text(1, "account number")),
                    Currency.of(r.text(2, "account currency")), r.decimal(3, "balance"), r.decimal(4, "blocked")));
        }
        return new AccountsOverview(summary, accounts);
    }
}
