package io.capitalist4j.domain.document;

import java.util.List;

/** One page of history: {@code currentPage} counts from 1. */
public record HistoryPage(int itemCount, int pageCount, int pageSize, int currentPage, int currentPageCount,
                          List<HistoryEntry> entries) {

    public HistoryPage {
        entries = List.copyOf(entries);
    }

    public boolean isLast() {
        return currentPage >= pageCount || entries.isEmpty();
    }
}
