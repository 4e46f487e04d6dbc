package io.capitalist4j.testkit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fault plan of a {@link FakeCapitalistServer}: rules matched in the order they were added, each for
 * one operation or for any, for the next N calls or until cleared. Thread-safe.
 */
public final class Faults {

    private static final int FOREVER = -1;

    private static final class Rule {
        final String operation;
        final Fault fault;
        int remaining;

        Rule(String operation, Fault fault, int remaining) {
            this.operation = operation;
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    private final List<Rule> rules = new ArrayList<>();

    Faults() {
    }

    /** The next {@code calls} calls, whatever their operation, suffer {@code fault}. */
    public synchronized Faults next(int calls, Fault fault) {
        return add(null, calls, fault);
    }

    /** The next {@code calls} calls of {@code operation} suffer {@code fault}. */
    public synchronized Faults next(String operation, int calls, Fault fault) {
        return add(Objects.requireNonNull(operation, "operation"), calls, fault);
    }

    /** Every call of {@code operation} suffers {@code fault} until {@link #clear()}. */
    public synchronized Faults always(String operation, Fault fault) {
        rules.add(new Rule(Objects.requireNonNull(operation, "operation"), Objects.requireNonNull(fault, "fault"), FOREVER));
        return this;
    }

    public synchronized void clear() {
        rules.clear();
    }

    private Faults add(String operation, int calls, Fault fault) {
        if (calls < 1) {
            throw new IllegalArgumentException("calls must be at least 1: " + calls);
        }
        rules.add(new Rule(operation, Objects.requireNonNull(fault, "fault"), calls));
        return this;
    }

    /** The fault for this call, if any; uses one call of the matching rule. */
    synchronized Optional<Fault> take(String operation) {
        for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
            Rule r = it.next();
            if (r.operation == null || r.operation.equals(operation)) {
                if (r.remaining != FOREVER && --r.remaining == 0) {
                    it.remove();
                }
                return Optional.of(r.fault);
            }
        }
        return Optional.empty();
    }
}
