package io.capitalist4j.domain.account;

import io.capitalist4j.domain.money.Currency;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One of the user's own accounts as get_accounts reports it. {@code balance} includes {@code blocked}.
 */
public record Account(String name, AccountNumber number, Currency currency, BigDecimal balance, BigDecimal blocked) {

    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(blocked, "blocked");
    }

    /** What can still be spent: the balance less the blocked amount. */
    public BigDecimal available() {
        return balance.subtract(blocked);
    }
}
