package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.RecordState;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every record of a batch once all are final, in line order. Lines skipped at upload count as
 * {@link #skipped()} only, whatever state the server gives them.
 */
public record BatchOutcome(BatchId id, List<BatchRecord> records) {

    public BatchOutcome {
        Objects.requireNonNull(id, "id");
        records = List.copyOf(records);
    }

    public List<BatchRecord> processed() {
        return select(r -> !r.isSkipped() && r.state() == RecordState.PROCESSED);
    }

    public List<BatchRecord> declined() {
        return select(r -> !r.isSkipped() && r.state() == RecordState.DECLINED);
    }

    public List<BatchRecord> skipped() {
        return select(BatchRecord::isSkipped);
    }

    public boolean allProcessed() {
        return processed().size() == records.size();
    }

    private List<BatchRecord> select(Predicate<BatchRecord> filter) {
        return records.stream().filter(filter).collect(Collectors.toUnmodifiableList());
    }

    @Override
    public String toString() {
        return "BatchOutcome[" + id + ": " + records.size() + " records, " + processed().size() + " processed, "
                + declined().size() + " declined, " + skipped().size() + " skipped]";
    }
}
