package io.capitalist4j.application.port.in;

import io.capitalist4j.application.port.in.PayoutLine.PayoutStatus;
import java.util.List;
import java.util.stream.Collectors;

/** Every line of a batch sent through {@link io.capitalist4j.application.Payouts}, in line order. */
public record PayoutRun(List<PayoutLine> lines) {

    public PayoutRun {
        lines = List.copyOf(lines);
    }

    public List<PayoutLine> with(PayoutStatus status) {
        return lines.stream().filter(l -> l.status() == status).collect(Collectors.toUnmodifiableList());
    }

    /** Whether every line is final (paid, declined, rejected, skipped or unknown). */
    public boolean allFinal() {
        return lines.stream().allMatch(l -> l.status().isFinal());
    }
}
