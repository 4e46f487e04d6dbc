package io.capitalist4j.application.port.out;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.Verification;
import io.capitalist4j.domain.money.Currency;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One upload: the exact batch text (the same object that was signed), its verification, and optional
 * source accounts per currency (sent as {@code account_RUR}, {@code account_USD}, …).
 */
public record ImportBatchRequest(BatchText text, Verification verification, Map<Currency, AccountNumber> sourceAccounts) {

    public ImportBatchRequest {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(verification, "verification");
        sourceAccounts = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(sourceAccounts, "sourceAccounts")));
    }
}
