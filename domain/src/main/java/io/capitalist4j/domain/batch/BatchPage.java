package io.capitalist4j.domain.batch;

import java.util.List;
import java.util.Objects;

/** One page of get_batch_info: offset and page count from 0. */
public record BatchPage(BatchId id, int offset, int page, int pageSize, int pageCount, int totalCount,
                        List<BatchRecord> records) {

    public BatchPage {
        Objects.requireNonNull(id, "id");
        records = List.copyOf(records);
    }

    public boolean isLast() {
        return offset + records.size() >= totalCount || records.isEmpty();
    }
}
