package io.capitalist4j.application.port.in;

import java.util.List;
import java.util.stream.Collectors;

/** Every line of a batch sent over API2, in line order, with what became of it. */
public record Api2BatchOutcome(List<Api2PayoutResult> results) {

    public Api2BatchOutcome {
        results = List.copyOf(results);
    }

    public List<Api2PayoutResult> with(Api2PayoutResult.Status status) {
        return results.stream().filter(r -> r.status() == status).collect(Collectors.toUnmodifiableList());
    }

    /** Whether any payout's fate is unknown (then run {@code recover} before sending those numbers again). */
    public boolean anyUnknown() {
        return results.stream().anyMatch(r -> r.status() == Api2PayoutResult.Status.OUTCOME_UNKNOWN);
    }
}
