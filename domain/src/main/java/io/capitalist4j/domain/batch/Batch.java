package io.capitalist4j.domain.batch;

import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.FieldSink;
import io.capitalist4j.domain.payment.PaymentNumbers;
import io.capitalist4j.domain.payment.PaymentOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Payment orders in the order they are sent; line {@code n} is {@code orders().get(n - 1)}. A batch is
 * valid by construction: payment numbers are unique even once Unicode compatibility forms and letter case are
 * ignored, none holds white space at its ends or a character one cannot see ({@link PaymentNumbers}), every
 * field can be written as it is, and the record limit holds. Otherwise construction fails with every problem, each naming line and field.
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
        PaymentNumberIndex firstLines = new PaymentNumberIndex(copy);
        // summed as BigDecimal and made Money once per currency: every amount already has its currency's
        // scale, so the sum has it too and nothing is rounded
        Map<Currency, BigDecimal> sums = new LinkedHashMap<>();
        for (int i = 0; i < copy.size(); i++) {
            int line = i + 1;
            PaymentOrder order = copy.get(i);
            order.forEachField(new FieldCheck(line, problems));
            int earlier = firstLines.firstLineOf(line);
            if (earlier != 0) {
                problems.add(new LineProblem(line, PaymentNumbers.FIELD, PaymentNumbers.duplicateReason(
                        order.paymentNumber(), copy.get(earlier - 1).paymentNumber(), earlier)));
            }
            Money amount = order.amount();
            sums.merge(amount.currency(), amount.amount(), BigDecimal::add);
        }
        if (!problems.isEmpty()) {
            throw new BatchValidationException(problems);
        }
        Map<Currency, Money> totals = new LinkedHashMap<>();
        sums.forEach((currency, sum) -> totals.put(currency, Money.of(sum, currency)));
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

    /** Checks every field of a line as the order passes it, so no list of fields is built per line. */
    private record FieldCheck(int line, List<LineProblem> problems) implements FieldSink {

        @Override
        public void field(String name, String value) {
            // one problem per field: a payment number's own rules name its invisible characters more exactly
            Optional<String> problem = name.equals(PaymentNumbers.FIELD)
                    ? PaymentNumbers.problem(value).or(() -> FieldText.problem(value))
                    : FieldText.problem(value);
            if (problem.isPresent()) {
                problems.add(new LineProblem(line, name, problem.get()));
            }
        }

        /**
         * Nothing to check, so nothing is formatted: an amount's wire text is {@code BigDecimal.toPlainString},
         * which is made of digits, {@code .} and {@code -} only, none of which {@link FieldText} rejects.
         */
        @Override
        public void amount(String name, Money amount) {
        }
    }
}
