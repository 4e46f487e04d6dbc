package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.RecordState;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a batch stands after one poll.
 *
 * @param total      records in the batch
 * @param counts     records per state (every state present, zero when none)
 * @param finalCount records that will not change again, lines skipped at upload included
 * @param polls      successful polls so far, this one included
 */
public record BatchProgress(BatchId id, int total, Map<RecordState, Integer> counts, int finalCount, int polls) {

    public BatchProgress {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(counts, "counts");
        if (total < 0 || finalCount < 0 || finalCount > total) {
            throw new IllegalArgumentException("finalCount must be 0 to total: " + finalCount + " of " + total);
        }
        if (polls < 1) {
            throw new IllegalArgumentException("polls counts from 1: " + polls);
        }
        EnumMap<RecordState, Integer> all = new EnumMap<>(RecordState.class);
        for (RecordState state : RecordState.values()) {
            all.put(state, counts.getOrDefault(state, 0));
        }
        counts = Collections.unmodifiableMap(all);
    }

    public int count(RecordState state) {
        return counts.get(state);
    }

    public boolean isComplete() {
        return finalCount == total;
    }

    @Override
    public String toString() {
        return "BatchProgress[" + id + ": " + finalCount + " of " + total + " final, " + counts + ", poll " + polls + "]";
    }
}
