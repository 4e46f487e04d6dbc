package io.capitalist4j.application.port.out.events;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One remote call the client made, timed from the request to the answer (or the failure). Every part is of low
 * cardinality and carries nothing secret: no login, payment number, amount or batch id.
 *
 * @param protocol  {@code v1} or {@code api2}
 * @param operation a stable name: the v1 operation ({@code import_batch_advanced}, {@code get_batch_info}, …) or the
 *                  API2 endpoint's ({@code payment.create}, {@code payment.get}, {@code account.list}, …)
 * @param duration  from the call to its end, measured with {@link System#nanoTime()}
 * @param code      with {@link CallOutcome#API_ERROR} only: the v1 error code ({@code "14"}) or {@code http-}
 *                  and the HTTP status ({@code "http-404"})
 */
public record CallEvent(String protocol, String operation, Duration duration, CallOutcome outcome,
                        Optional<String> code) {

    public CallEvent {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(code, "code");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a call's duration must not be negative: " + duration);
        }
        if (code.isPresent() != (outcome == CallOutcome.API_ERROR)) {
            throw new IllegalArgumentException("a code goes with API_ERROR and only with it: " + outcome + ", " + code);
        }
    }
}
