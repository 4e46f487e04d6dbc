package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.payment.PaymentOrder;
import java.util.Objects;
import java.util.Optional;

/**
 * A line import_batch_advanced rejected, with the order written on it. {@code order} is empty only when the
 * server names a line the batch does not have; the rejection is kept rather than dropped.
 *
 * @param line 1-based line as the server reported it
 */
public record RejectedOrder(int line, Optional<PaymentOrder> order, String comment) {

    public RejectedOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(comment, "comment");
    }

    public Optional<String> paymentNumber() {
        return order.map(PaymentOrder::paymentNumber);
    }

    /** Card numbers and names stay out of logs: only line, payment number and the server's comment. */
    @Override
    public String toString() {
        return "RejectedOrder[line " + line + ", " + paymentNumber().orElse("(no such line)") + ": " + comment + "]";
    }
}
