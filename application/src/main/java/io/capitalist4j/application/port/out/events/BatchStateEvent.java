package io.capitalist4j.application.port.out.events;

import java.util.Objects;
import java.util.Optional;

/**
 * The client, following payouts, saw one of them in a state: the first time it saw it ({@code from} empty), and at
 * every change after. One event per payout, not per batch: v1 gives a state to each record of a batch, not to the
 * batch (get_batch_info: {@code NEW}, {@code READY}, {@code INPROCESS}, {@code DECLINED}, {@code PROCESSED}, a line
 * skipped at upload being {@code DECLINED}, a state this client does not know {@code UNKNOWN}), and API2 has no
 * batches at all, each payout being a payment of its own ({@code PENDING}, {@code EXECUTED}, {@code DECLINED},
 * {@code UNKNOWN}).
 *
 * @param protocol {@code v1} or {@code api2}
 * @param batchId  the v1 batch id, or the API2 payment's document id: high cardinality, never a metric tag
 * @param from     the state seen at the previous poll, empty the first time
 * @param to       the state seen now (a state name, low cardinality)
 */
public record BatchStateEvent(String protocol, String batchId, Optional<String> from, String to) {

    public BatchStateEvent {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
