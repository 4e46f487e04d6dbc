package io.capitalist4j.domain.api2;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /v1/transactions}: one page ({@code limit} entries from {@code offset}), optionally within a period or
 * for one transaction. Absent filters are left out of the query, as the server's defaults apply then (limit 100,
 * offset 0).
 */
public record Api2TransactionQuery(int limit, int offset, Optional<Instant> periodStart, Optional<Instant> periodEnd,
                                   Optional<Long> transactionId) {

    public static final int DEFAULT_LIMIT = 100;

    public Api2TransactionQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(transactionId, "transactionId");
        if (periodStart.isPresent() && periodEnd.isPresent() && periodEnd.get().isBefore(periodStart.get())) {
            throw new IllegalArgumentException("periodEnd " + periodEnd.get() + " is before periodStart "
                    + periodStart.get());
        }
    }

    /** The first page of everything, {@link #DEFAULT_LIMIT} entries. */
    public static Api2TransactionQuery firstPage() {
        return new Api2TransactionQuery(DEFAULT_LIMIT, 0, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The first page of a period (either end may be open). */
    public static Api2TransactionQuery period(Optional<Instant> start, Optional<Instant> end) {
        return new Api2TransactionQuery(DEFAULT_LIMIT, 0, start, end, Optional.empty());
    }

    public Api2TransactionQuery withLimit(int value) {
        return new Api2TransactionQuery(value, offset, periodStart, periodEnd, transactionId);
    }

    public Api2TransactionQuery withOffset(int value) {
        return new Api2TransactionQuery(limit, value, periodStart, periodEnd, transactionId);
    }

    public Api2TransactionQuery withTransactionId(long value) {
        return new Api2TransactionQuery(limit, offset, periodStart, periodEnd, Optional.of(value));
    }
}
