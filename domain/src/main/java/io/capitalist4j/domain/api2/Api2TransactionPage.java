package io.capitalist4j.domain.api2;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of transactions for {@code query}, and {@code count} as the server gives it (read as the number of all
 * matches; the reference cannot settle whether it is that or the page size, so {@link #next()} stops on either
 * sign: a short page or an offset that reached {@code count}).
 */
public record Api2TransactionPage(Api2TransactionQuery query, List<Api2Transaction> transactions, long count) {

    public Api2TransactionPage {
        Objects.requireNonNull(query, "query");
        transactions = List.copyOf(transactions);
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
    }

    /** The query of the page after this one, or empty when this is the last. */
    public Optional<Api2TransactionQuery> next() {
        long nextOffset = (long) query.offset() + transactions.size();
        if (transactions.isEmpty() || transactions.size() < query.limit() || nextOffset >= count
                || nextOffset > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of(query.withOffset((int) nextOffset));
    }
}
