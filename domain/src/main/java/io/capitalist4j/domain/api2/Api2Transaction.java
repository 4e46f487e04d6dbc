package io.capitalist4j.domain.api2;

import io.capitalist4j.domain.money.Currency;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code GET /v1/transactions}. {@code type} ({@code OUT}, …) and {@code state} ({@code EXECUTED}, …)
 * are kept as the server wrote them: the reference documents no list of either. No field links a transaction to a
 * payment's document id.
 */
public record Api2Transaction(long transactionId, String type, String state, BigDecimal amount, Currency currency,
                              Optional<Instant> createDate, Optional<Instant> executeDate, Optional<Instant> planDate,
                              Optional<Long> version, Optional<String> txId, Optional<String> dstAddress) {
    public Api2Transaction {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(createDate, "createDate");
        Objects.requireNonNull(executeDate, "executeDate");
        Objects.requireNonNull(planDate, "planDate");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(txId, "txId");
        Objects.requireNonNull(dstAddress, "dstAddress");
    }
}
