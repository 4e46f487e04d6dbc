package io.capitalist4j.application.port.in;

import io.capitalist4j.application.port.out.VerificationPort;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.money.Currency;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What to upload, how to prove it (signature, PIN or MOBILE) and, optionally, which of your accounts pays
 * each currency (absent currencies let the server pick one of your accounts).
 */
public record SubmitBatchCommand(Batch batch, VerificationPort verification, Map<Currency, AccountNumber> sourceAccounts) {

    public SubmitBatchCommand {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(sourceAccounts, "sourceAccounts");
        sourceAccounts.forEach((currency, account) -> {
            Objects.requireNonNull(currency, "sourceAccounts currency");
            Objects.requireNonNull(account, "sourceAccounts account");
            account.currency().ifPresent(held -> {
                if (!held.equals(currency)) {
                    throw new IllegalArgumentException("source account " + account + " holds " + held
                            + " and cannot pay " + currency);
                }
            });
        });
        sourceAccounts = Collections.unmodifiableMap(new LinkedHashMap<>(sourceAccounts));
    }

    /** The server chooses the source account for every currency. */
    public static SubmitBatchCommand of(Batch batch, VerificationPort verification) {
        return new SubmitBatchCommand(batch, verification, Map.of());
    }

    /** The same proof and source accounts for another batch (e.g. the lines a journal let through). */
    public SubmitBatchCommand withBatch(Batch other) {
        return new SubmitBatchCommand(other, verification, sourceAccounts);
    }

    public SubmitBatchCommand withSourceAccount(Currency currency, AccountNumber account) {
        Map<Currency, AccountNumber> accounts = new LinkedHashMap<>(sourceAccounts);
        accounts.put(currency, account);
        return new SubmitBatchCommand(batch, verification, accounts);
    }
}
