package io.capitalist4j.domain.account;

import io.capitalist4j.domain.money.Currency;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The answer of get_accounts: total per currency and every account. */
public record AccountsOverview(Map<Currency, BigDecimal> summary, List<Account> accounts) {

    public AccountsOverview {
        summary = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(summary, "summary")));
        accounts = List.copyOf(accounts);
    }

    public Optional<Account> find(AccountNumber number) {
        return accounts.stream().filter(a -> a.number().equals(number)).findFirst();
    }
}
