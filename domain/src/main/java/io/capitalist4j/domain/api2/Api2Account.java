package io.capitalist4j.domain.api2;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.money.Currency;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One of your accounts as {@code GET /v1/account/list} reports it. API2 gives one balance (whether available or
 * total is not documented) and no blocked amount.
 */
public record Api2Account(AccountNumber number, Currency currency, String name, BigDecimal balance) {
    public Api2Account {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(balance, "balance");
    }
}
