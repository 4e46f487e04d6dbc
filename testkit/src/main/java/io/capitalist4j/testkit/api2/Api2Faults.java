package io.capitalist4j.testkit.api2;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The fault plan of a {@link FakeApi2Server}: rules matched in the order they were added, each for one operation
 * or for any, for the next N calls, until cleared, or at random with a seed. A call takes at most one fault (the
 * first rule that fires). Thread-safe.
 */
public final class Api2Faults {

    private static final int FOREVER = -1;

    private static final class Rule {
        final Api2Operation operation;
        final Api2Fault fault;
        int remaining;
        final SplittableRandom random;
        final double probability;

        Rule(Api2Operation operation, Api2Fault fault, int remaining, SplittableRandom random, double probability) {
            this.operation = operation;
            this.fault = fault;
            this.remaining = remaining;
            this.random = random;
            this.probability = probability;
        }
    }

    private final List<Rule> rules = new ArrayList<>();

    Api2Faults() {
    }

    /** The next {@code calls} calls, whatever their operation, suffer {@code fault}. */
    public synchronized Api2Faults next(int calls, Api2Fault fault) {
        return add(null, calls, fault);
    }

    /** The next {@code calls} calls of {@code operation} suffer {@code fault}. */
    public synchronized Api2Faults next(Api2Operation operation, int calls, Api2Fault fault) {
        return add(Objects.requireNonNull(operation, "operation"), calls, fault);
    }

    /** Every call of {@code operation} suffers {@code fault} until {@link #clear()}. */
    public synchronized Api2Faults always(Api2Operation operation, Api2Fault fault) {
        rules.add(new Rule(Objects.requireNonNull(operation, "operation"), Objects.requireNonNull(fault, "fault"),
                FOREVER, null, 1));
        return this;
    }

    /**
     * Each call of {@code operation} suffers {@code fault} with {@code probability}, drawn from a generator seeded
     * with {@code seed}: the same seed and the same order of calls give the same faults.
     */
    public synchronized Api2Faults randomly(Api2Operation operation, double probability, long seed, Api2Fault fault) {
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1]: " + probability);
        }
        rules.add(new Rule(Objects.requireNonNull(operation, "operation"), Objects.requireNonNull(fault, "fault"),
                FOREVER, new SplittableRandom(seed), probability));
        return this;
    }

    public synchronized void clear() {
        rules.clear();
    }

    private Api2Faults add(Api2Operation operation, int calls, Api2Fault fault) {
        if (calls < 1) {
            throw new IllegalArgumentException("calls must be at least 1: " + calls);
        }
        rules.add(new Rule(operation, Objects.requireNonNull(fault, "fault"), calls, null, 1));
        return this;
    }

    /** The fault for this call, if any; uses one call of the matching rule. */
    synchronized Optional<Api2Fault> take(Api2Operation operation) {
        for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
            Rule r = it.next();
            if (r.operation != null && r.operation != operation) {
                continue;
            }
            if (r.random != null) {
                if (r.random.nextDouble() < r.probability) {
                    return Optional.of(r.fault);
                }
                continue;
            }
            if (r.remaining != FOREVER && --r.remaining == 0) {
                it.remove();
            }
            return Optional.of(r.fault);
        }
        return Optional.empty();
    }
}
