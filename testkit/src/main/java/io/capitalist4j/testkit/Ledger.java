package io.capitalist4j.testkit;

import io.capitalist4j.domain.account.Account;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.money.Currency;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The accounts of the sandbox bank and their balances: what is blocked at upload and moved at the end. */
final class Ledger {

    private final Map<AccountNumber, AccountState> accounts = new LinkedHashMap<>();

    void requireNew(Collection<SandboxAccount> opened) {
        for (SandboxAccount a : opened) {
            if (accounts.containsKey(a.number())) {
                throw new IllegalArgumentException("account " + a.number() + " already exists");
            }
        }
    }

    void open(SandboxUser user) {
        requireNew(user.accounts());
        user.accounts().forEach(a -> accounts.put(a.number(), new AccountState(a, user.login())));
    }

    /**
     * Opens an account after start-up (create_account), empty, under the first free number of its prefix
     * from 0200001 on, above the numbers sandbox users are usually given.
     */
    Account openNew(String owner, char prefix, Currency currency, String name) {
        AccountNumber number;
        int n = 200_001;
        do {
            number = AccountNumber.of(prefix + String.format("%07d", n++));
        } while (accounts.containsKey(number));
        AccountState state = new AccountState(new SandboxAccount(number, name,
                io.capitalist4j.domain.money.Money.zero(currency)), owner);
        accounts.put(number, state);
        return state.snapshot();
    }

    /** The account with this number, when the text is an account number the sandbox has. */
    Optional<AccountState> find(String number) {
        return number != null && AccountNumber.isValid(number)
                ? Optional.ofNullable(accounts.get(AccountNumber.of(number))) : Optional.empty();
    }

    Optional<Account> snapshot(AccountNumber number) {
        return Optional.ofNullable(accounts.get(number)).map(AccountState::snapshot);
    }

    /**
     * The account each currency is paid from: the one named by an {@code account_<CUR>} parameter, else the
     * user's first account in that currency (§6.2, "selected automatically").
     */
    Map<Currency, AccountState> sources(SandboxUser user, Map<String, String> params, Collection<Currency> needed) {
        Map<Currency, AccountState> given = new LinkedHashMap<>();
        params.forEach((currencyCode, number) -> {
            if (number == null || number.isEmpty()) {
                return;
            }
            AccountState a = find(number).orElse(null);
            if (a == null || !a.owner.equals(user.login()) || !a.currency.code().equals(currencyCode)) {
                throw new ApiFailure(130, "Account not found: " + number);
            }
            given.put(a.currency, a);
        });
        Map<Currency, AccountState> sources = new LinkedHashMap<>();
        for (Currency c : needed) {
            if (sources.containsKey(c)) {
                continue;
            }
            AccountState a = given.containsKey(c) ? given.get(c) : accounts.values().stream()
                    .filter(x -> x.owner.equals(user.login()) && x.currency.equals(c)).findFirst().orElse(null);
            if (a == null) {
                throw new ApiFailure(131, "At least one source account required: no " + c + " account");
            }
            sources.put(c, a);
        }
        return sources;
    }

    AccountsOverview overview(SandboxUser user) {
        List<Account> list = new ArrayList<>();
        Map<Currency, BigDecimal> summary = new LinkedHashMap<>();
        for (AccountState a : accounts.values()) {
            if (a.owner.equals(user.login())) {
                list.add(a.snapshot());
                summary.merge(a.currency, a.balance, BigDecimal::add);
            }
        }
        return new AccountsOverview(summary, list);
    }

    /** Releases what a record blocked and, when it was processed, debits it and pays an internal recipient. */
    void settle(StoredRecord r, boolean processed) {
        AccountState source = r.source;
        source.blocked = source.blocked.subtract(r.debit());
        if (!processed) {
            return;
        }
        source.balance = source.balance.subtract(r.debit());
        // a CAPITALIST transfer to an account the sandbox knows arrives there
        if (r.paymentType.equals("CAPITALIST")) {
            find(r.beneficiary).filter(dest -> dest.currency.code().equals(r.currency))
                    .ifPresent(dest -> dest.balance = dest.balance.add(r.amount));
        }
    }
}
