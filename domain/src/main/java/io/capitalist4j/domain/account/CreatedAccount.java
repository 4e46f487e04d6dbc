package io.capitalist4j.domain.account;

import io.capitalist4j.domain.money.Currency;
import java.util.Objects;

/**
 * An account the server has just opened (create_account): its number, currency and name as the server
 * wrote them back.
 */
public record CreatedAccount(AccountNumber number, Currency currency, String name) {

    public CreatedAccount {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(name, "name");
    }
}
