package io.capitalist4j.domain.account;

import io.capitalist4j.domain.money.Currency;
import java.util.Objects;

/**
 * An account to open (create_account): its currency and the name you give it. The reference lists RUR, USD
 * and EUR; other currencies are left for the server to accept or refuse.
 *
 * @param currency the account's currency ({@code account_currency})
 * @param name     its display name ({@code account_name}), not blank, no control characters
 */
public record NewAccount(Currency currency, String name) {

    public NewAccount {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("the account name must not be blank");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the account name must not hold control characters");
        }
    }
}
