package io.capitalist4j.testkit;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.money.Money;
import java.util.Objects;

/** An account a sandbox user starts with: number, display name and opening balance (nothing blocked). */
public record SandboxAccount(AccountNumber number, String name, Money openingBalance) {

    public SandboxAccount {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(openingBalance, "openingBalance");
        if (openingBalance.amount().signum() < 0) {
            throw new IllegalArgumentException("opening balance must not be negative: " + openingBalance);
        }
        number.currency().ifPresent(c -> {
            if (!c.equals(openingBalance.currency())) {
                throw new IllegalArgumentException("account " + number + " holds " + c + ", not "
                        + openingBalance.currency());
            }
        });
    }

    public static SandboxAccount of(String number, String name, Money openingBalance) {
        return new SandboxAccount(AccountNumber.of(number), name, openingBalance);
    }
}
