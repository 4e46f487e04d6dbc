package io.capitalist4j.domain.batch;

import java.util.List;
import java.util.Objects;

/**
 * One page of get_batch_info: offset and page count from 0. A server that leaves out the total gives
 * {@link #UNKNOWN} for {@code totalCount} (and for {@code pageCount} when that cannot be worked out either);
 * the batch then ends at the first page shorter than {@code pageSize}.
 */
public record BatchPage(BatchId id, int offset, int page, int pageSize, int pageCount, int totalCount,
                        List<BatchRecord> records) {

    /** A count the server did not give. */
    public static final int UNKNOWN = -1;

    public BatchPage {
        Objects.requireNonNull(id, "id");
        records = List.copyOf(records);
    }

    public boolean hasTotal() {
        return totalCount >= 0;
    }

    public boolean isLast() {
        if (records.isEmpty()) {
            return true;
        }
        return hasTotal() ? offset + records.size() >= totalCount : records.size() < pageSize;
    }
}
