package io.capitalist4j.application.port.in;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which in-doubt numbers to settle and where to look for them.
 *
 * @param from        the first day (API time) to search documents from; empty: the day of the oldest claim
 * @param quietPeriod in-doubt numbers claimed more recently than this are left alone, reported as still in doubt,
 *                    because an upload of another process may still be on its way to the server; zero settles all
 */
public record RecoverQuery(Optional<LocalDate> from, Duration quietPeriod) {

    /** The quiet period when none is given: longer than any upload's request deadline. */
    public static final Duration DEFAULT_QUIET_PERIOD = Duration.ofMinutes(5);

    public RecoverQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(quietPeriod, "quietPeriod");
        if (quietPeriod.isNegative()) {
            throw new IllegalArgumentException("quietPeriod must not be negative: " + quietPeriod);
        }
    }

    /** Every in-doubt number claimed more than {@link #DEFAULT_QUIET_PERIOD} ago, searched from its claim's day. */
    public static RecoverQuery defaults() {
        return new RecoverQuery(Optional.empty(), DEFAULT_QUIET_PERIOD);
    }

    public RecoverQuery from(LocalDate day) {
        return new RecoverQuery(Optional.of(day), quietPeriod);
    }

    public RecoverQuery quietPeriod(Duration period) {
        return new RecoverQuery(from, period);
    }
}
