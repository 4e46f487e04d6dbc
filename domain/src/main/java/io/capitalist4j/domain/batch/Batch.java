package io.capitalist4j.domain.batch;

import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.Field;
import io.capitalist4j.domain.payment.PaymentOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Payment orders in the order they are sent; line {@code n} is {@code orders().get(n - 1)}. A batch is
 * valid by construction: payment numbers are unique, every field can be written as it is, and the
 * record limit holds. Otherwise construction fails with every problem, each naming line and field.
 */
public final class Batch {

    private final List<PaymentOrder> orders;
    private final Map<Currency, Money> totals;

    private Batch(List<PaymentOrder> orders, Map<Currency, Money> totals) {
        this.orders = orders;
        this.totals = totals;
    }

    public static Batch of(List<? extends PaymentOrder> orders) {
        return of(orders, BatchLimits.DEFAULT);
    }

    public static Batch of(List<? extends PaymentOrder> orders, BatchLimits limits) {
        List<PaymentOrder> copy = List.copyOf(orders);
        List<LineProblem> problems = new ArrayList<>();
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one payment order");
        }
        if (copy.size() > limits.maxRecords()) {
            problems.add(new LineProblem(limits.maxRecords() + 1, "line",
                    "the batch has " + copy.size() + " records, more than the limit of " + limits.maxRecords()));
        }
        Map<String, Integer> firstLineOfNumber = new HashMap<>();
        Map<Currency, Money> totals = new LinkedHashMap<>();
        for (int i = 0; i < copy.size(); i++) {
            int line = i + 1;
            PaymentOrder order = copy.get(i);
            for (Field field : order.fields()) {
                Optional<String> problem = FieldText.problem(field.value());
                problem.ifPresent(reason -> problems.add(new LineProblem(line, field.name(), reason)));
            }
            Integer earlier = firstLineOfNumber.putIfAbsent(order.paymentNumber(), line);
            if (earlier != null) {
                problems.add(new LineProblem(line, "paymentNumber", "payment number '" + order.paymentNumber()
                        + "' is already used on line " + earlier));
            }
            totals.merge(order.amount().currency(), order.amount(), Money::plus);
        }
        if (!problems.isEmpty()) {
            throw new BatchValidationException(problems);
        }
        return new Batch(copy, Collections.unmodifiableMap(totals));
    }

    public List<PaymentOrder> orders() {
        return orders;
    }

    public int size() {
        return orders.size();
    }

    /** The sum of the orders per currency, in the order currencies first appear. */
    public Map<Currency, Money> totals() {
        return totals;
    }

    public List<String> paymentNumbers() {
        List<String> numbers = new ArrayList<>(orders.size());
        for (PaymentOrder order : orders) {
            numbers.add(order.paymentNumber());
        }
        return Collections.unmodifiableList(numbers);
    }

    /** The order on a 1-based line. */
    public PaymentOrder line(int line) {
        return orders.get(line - 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Batch && ((Batch) o).orders.equals(orders);
    }

    @Override
    public int hashCode() {
        return orders.hashCode();
    }

    @Override
    public String toString() {
        return "Batch[" + orders.size() + " orders, totals " + totals.values() + "]";
    }
}
