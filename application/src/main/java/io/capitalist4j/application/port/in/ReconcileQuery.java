package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.document.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The payment numbers to look for, the period their documents were created in, and how many searches may
 * run at once.
 */
public record ReconcileQuery(List<String> paymentNumbers, Period period, int concurrency) {

    public static final int DEFAULT_CONCURRENCY = 4;
    public static final int MAX_CONCURRENCY = 64;

    public ReconcileQuery {
        paymentNumbers = List.copyOf(paymentNumbers);
        Objects.requireNonNull(period, "period");
        Set<String> seen = new HashSet<>();
        for (String number : paymentNumbers) {
            if (number.isBlank()) {
                throw new IllegalArgumentException("payment numbers must not be blank");
            }
            if (!seen.add(number)) {
                throw new IllegalArgumentException("payment number '" + number + "' is listed twice");
            }
        }
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw new IllegalArgumentException("concurrency must be 1 to " + MAX_CONCURRENCY + ": " + concurrency);
        }
    }

    public ReconcileQuery(List<String> paymentNumbers, Period period) {
        this(paymentNumbers, period, DEFAULT_CONCURRENCY);
    }

    /** Every payment number of the batch, in line order. */
    public static ReconcileQuery of(Batch batch, Period period) {
        return new ReconcileQuery(batch.paymentNumbers(), period);
    }

    public ReconcileQuery withConcurrency(int searchesAtOnce) {
        return new ReconcileQuery(paymentNumbers, period, searchesAtOnce);
    }
}
