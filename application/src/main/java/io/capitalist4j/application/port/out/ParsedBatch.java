package io.capitalist4j.application.port.out;

import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchLimits;
import io.capitalist4j.domain.batch.BatchValidationException;
import io.capitalist4j.domain.batch.LineProblem;
import io.capitalist4j.domain.payment.PaymentOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of parsing a batch text: the orders of the good lines (each with its 1-based line) and every
 * problem found.
 */
public record ParsedBatch(List<NumberedOrder> orders, List<LineProblem> problems) {

    /** An order and the line it came from. */
    public record NumberedOrder(int line, PaymentOrder order) {
    }

    public ParsedBatch {
        orders = List.copyOf(orders);
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The batch, or a {@link BatchValidationException} with every problem (of parsing and of the batch rules). */
    public Batch toBatch(BatchLimits limits) {
        if (!problems.isEmpty()) {
            throw new BatchValidationException(problems);
        }
        List<PaymentOrder> list = new ArrayList<>(orders.size());
        for (NumberedOrder o : orders) {
            list.add(o.order());
        }
        return Batch.of(list, limits);
    }
}
