package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.api2.Api2LineExtras;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.money.Currency;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A batch sent over API2, one payout per line: the batch (the same file as for v1), which of your accounts pays
 * each currency (a currency left out is paid from your one account in it, found with {@code account/list}), what
 * some lines need beyond the v1 line (by 1-based line number), and how many payouts may be in flight at once.
 */
public record Api2BatchCommand(Batch batch, Map<Currency, AccountNumber> sourceAccounts,
                               Map<Integer, Api2LineExtras> extras, int concurrency) {

    public static final int DEFAULT_CONCURRENCY = 8;
    public static final int MAX_CONCURRENCY = 64;

    public Api2BatchCommand {
        Objects.requireNonNull(batch, "batch");
        sourceAccounts = Collections.unmodifiableMap(new LinkedHashMap<>(sourceAccounts));
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
        extras.keySet().forEach(line -> {
            if (line < 1 || line > batch.size()) {
                throw new IllegalArgumentException("extras for line " + line + ": the batch has lines 1 to " + batch.size());
            }
        });
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw new IllegalArgumentException("concurrency must be 1 to " + MAX_CONCURRENCY + ": " + concurrency);
        }
    }

    public static Api2BatchCommand of(Batch batch) {
        return new Api2BatchCommand(batch, Map.of(), Map.of(), DEFAULT_CONCURRENCY);
    }

    public Api2BatchCommand withSourceAccount(Currency currency, AccountNumber account) {
        Map<Currency, AccountNumber> accounts = new LinkedHashMap<>(sourceAccounts);
        accounts.put(currency, account);
        return new Api2BatchCommand(batch, accounts, extras, concurrency);
    }

    public Api2BatchCommand withExtras(int line, Api2LineExtras lineExtras) {
        Map<Integer, Api2LineExtras> all = new LinkedHashMap<>(extras);
        all.put(line, lineExtras);
        return new Api2BatchCommand(batch, sourceAccounts, all, concurrency);
    }

    public Api2BatchCommand withConcurrency(int inFlight) {
        return new Api2BatchCommand(batch, sourceAccounts, extras, inFlight);
    }

    /** The same accounts, extras and concurrency for another batch (the lines a journal let through). */
    public Api2BatchCommand withBatch(Batch other) {
        return new Api2BatchCommand(other, sourceAccounts, Map.of(), concurrency);
    }
}
