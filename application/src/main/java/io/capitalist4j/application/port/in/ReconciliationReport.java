package io.capitalist4j.application.port.in;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One entry per payment number asked for, in the query's order. Every number is in exactly one of
 * {@link #foundNumbers()}, {@link #differingNumbers()} and {@link #missingNumbers()}.
 *
 * <p>Only the {@link #missingNumbers() missing} numbers are safe to send again. A found, differing or ambiguous number
 * is on the server; a differing or ambiguous one needs a person to look at it ({@link #needsAttention()}).
 */
public record ReconciliationReport(List<ReconciledOrder> orders) {

    public ReconciliationReport {
        orders = List.copyOf(orders);
    }

    /** Numbers the server holds without contradicting their orders: found, and ambiguous ones (several documents). */
    public List<String> foundNumbers() {
        return numbers(ReconciledOrder::isFound);
    }

    /**
     * Numbers no document carries: these were not accepted in the period searched, and are the only ones that may be
     * sent again.
     */
    public List<String> missingNumbers() {
        return numbers(ReconciledOrder::isMissing);
    }

    /** Numbers several documents carry. */
    public List<String> ambiguousNumbers() {
        return numbers(ReconciledOrder::isAmbiguous);
    }

    /**
     * Numbers carried by one document that differs from the order in amount, currency or recipient. They are on the
     * server: never send them again.
     */
    public List<String> differingNumbers() {
        return numbers(ReconciledOrder::differs);
    }

    /** Ambiguous and differing numbers, in the query's order: a person must look at each. */
    public List<String> numbersNeedingAttention() {
        return numbers(ReconciledOrder::needsAttention);
    }

    /** Whether some number is ambiguous or differs from its order. */
    public boolean needsAttention() {
        return orders.stream().anyMatch(ReconciledOrder::needsAttention);
    }

    /** Whether every number is {@linkplain ReconciledOrder#isFound() found} (none missing, none differing). */
    public boolean allFound() {
        return orders.stream().allMatch(ReconciledOrder::isFound);
    }

    public Optional<ReconciledOrder> find(String paymentNumber) {
        return orders.stream().filter(o -> o.paymentNumber().equals(paymentNumber)).findFirst();
    }

    private List<String> numbers(Predicate<ReconciledOrder> filter) {
        return orders.stream().filter(filter).map(ReconciledOrder::paymentNumber).collect(Collectors.toUnmodifiableList());
    }
}
