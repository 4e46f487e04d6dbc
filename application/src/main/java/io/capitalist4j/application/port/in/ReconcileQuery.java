package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.domain.payment.PaymentOrder;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The payment numbers to look for, the period their documents were created in, how many searches may run at once,
 * and, for the numbers whose order is known, that order: a document carrying such a number must also agree with its
 * amount, currency and recipient to be {@link ReconciledOrder.Status#FOUND found}
 * ({@link ReconciledOrder.Status#DIFFERS} otherwise). A number without an order is matched by the number alone.
 *
 * @param expected the order each payment number was (or would be) sent with, keyed by its payment number; every key
 *                 is one of {@code paymentNumbers}; empty to match by number alone
 */
public record ReconcileQuery(List<String> paymentNumbers, Period period, int concurrency,
                             Map<String, PaymentOrder> expected) {

    public static final int DEFAULT_CONCURRENCY = 4;
    public static final int MAX_CONCURRENCY = 64;

    public ReconcileQuery {
        paymentNumbers = List.copyOf(paymentNumbers);
        Objects.requireNonNull(period, "period");
        expected = Map.copyOf(expected);
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
        expected.forEach((number, order) -> {
            if (!order.paymentNumber().equals(number)) {
                throw new IllegalArgumentException("the order expected for payment number '" + number
                        + "' carries payment number '" + order.paymentNumber() + "'");
            }
            if (!seen.contains(number)) {
                throw new IllegalArgumentException("an order is expected for payment number '" + number
                        + "', which is not looked for");
            }
        });
    }

    /** Matches by number alone. */
    public ReconcileQuery(List<String> paymentNumbers, Period period, int concurrency) {
        this(paymentNumbers, period, concurrency, Map.of());
    }

    /** Matches by number alone. */
    public ReconcileQuery(List<String> paymentNumbers, Period period) {
        this(paymentNumbers, period, DEFAULT_CONCURRENCY);
    }

    /**
     * Every payment number of the batch, in line order, each expected to carry its line's amount, currency and
     * recipient.
     */
    public static ReconcileQuery of(Batch batch, Period period) {
        Map<String, PaymentOrder> orders = new HashMap<>();
        batch.orders().forEach(o -> orders.put(o.paymentNumber(), o));
        return new ReconcileQuery(batch.paymentNumbers(), period, DEFAULT_CONCURRENCY, orders);
    }

    public ReconcileQuery withConcurrency(int searchesAtOnce) {
        return new ReconcileQuery(paymentNumbers, period, searchesAtOnce, expected);
    }
}
