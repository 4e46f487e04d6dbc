package io.capitalist4j.testkit;

import io.capitalist4j.domain.account.Account;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.money.Currency;
import java.math.BigDecimal;

/** One account's live balance; {@code balance} includes {@code blocked}, as get_accounts reports it. */
final class AccountState {

    final AccountNumber number;
    final String name;
    final Currency currency;
    final String owner;
    BigDecimal balance;
    BigDecimal blocked;

    AccountState(SandboxAccount account, String owner) {
        this.number = account.number();
        this.name = account.name();
        this.currency = account.openingBalance().currency();
        this.owner = owner;
        this.balance = account.openingBalance().amount();
        this.blocked = BigDecimal.ZERO.setScale(currency.scale());
    }

    BigDecimal available() {
        return balance.subtract(blocked);
    }

    Account snapshot() {
        return new Account(name, number, currency, balance, blocked);
    }
}
