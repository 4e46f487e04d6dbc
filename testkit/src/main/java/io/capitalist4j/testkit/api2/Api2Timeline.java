package io.capitalist4j.testkit.api2;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a payment stays PENDING (reference §7, §12): it reaches its final state once {@code pendingFor} has
 * passed on the sandbox clock <em>and</em> it has been looked up ({@code GET /v1/payment/…}) at least
 * {@code lookups} times; the lookup that reaches the count already answers the final state. Both zero: final as
 * soon as it is created.
 */
public record Api2Timeline(Duration pendingFor, int lookups) {

    public Api2Timeline {
        Objects.requireNonNull(pendingFor, "pendingFor");
        if (pendingFor.isNegative()) {
            throw new IllegalArgumentException("pendingFor must not be negative: " + pendingFor);
        }
        if (lookups < 0) {
            throw new IllegalArgumentException("lookups must not be negative: " + lookups);
        }
    }

    /** Final as soon as created (the create answer already counts as final; the callback goes out at once). */
    public static Api2Timeline immediate() {
        return new Api2Timeline(Duration.ZERO, 0);
    }

    /** Final once {@code pendingFor} has passed on the sandbox clock. */
    public static Api2Timeline after(Duration pendingFor) {
        return new Api2Timeline(pendingFor, 0);
    }

    /** Final at the {@code n}-th status lookup (0: at once), whatever the clock says. */
    public static Api2Timeline afterLookups(int n) {
        return new Api2Timeline(Duration.ZERO, n);
    }
}
