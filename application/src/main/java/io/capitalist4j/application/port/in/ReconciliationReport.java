package io.capitalist4j.application.port.in;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** One entry per payment number asked for, in the query's order. */
public record ReconciliationReport(List<ReconciledOrder> orders) {

    public ReconciliationReport {
        orders = List.copyOf(orders);
    }

    /** Numbers with at least one document (ambiguous ones included). */
    public List<String> foundNumbers() {
        return numbers(ReconciledOrder::isFound);
    }

    /** Numbers no document carries: these were not accepted in the period searched. */
    public List<String> missingNumbers() {
        return numbers(o -> !o.isFound());
    }

    /** Numbers several documents carry. */
    public List<String> ambiguousNumbers() {
        return numbers(ReconciledOrder::isAmbiguous);
    }

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
