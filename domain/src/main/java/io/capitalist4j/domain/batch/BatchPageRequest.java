package io.capitalist4j.domain.batch;

import java.util.Optional;

/**
 * Paging of get_batch_info: page size and either a 0-based record offset or a 0-based page number.
 * {@link #unpaged()} sends no paging parameter (the server answers 25 above 1,000 records).
 */
public record BatchPageRequest(Optional<Integer> pageSize, Optional<Integer> startOffset, Optional<Integer> page) {

    public static final int MAX_PAGE_SIZE = 1000;

    public BatchPageRequest {
        java.util.Objects.requireNonNull(pageSize, "pageSize");
        java.util.Objects.requireNonNull(startOffset, "startOffset");
        java.util.Objects.requireNonNull(page, "page");
        pageSize.ifPresent(s -> {
            if (s < 1 || s > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("page size must be 1 to " + MAX_PAGE_SIZE + ": " + s);
            }
        });
        startOffset.ifPresent(o -> {
            if (o < 0) {
                throw new IllegalArgumentException("start offset counts from 0: " + o);
            }
        });
        page.ifPresent(p -> {
            if (p < 0) {
                throw new IllegalArgumentException("batch pages count from 0: " + p);
            }
        });
        if (startOffset.isPresent() && page.isPresent()) {
            throw new IllegalArgumentException("give a start offset or a page, not both");
        }
    }

    public static BatchPageRequest ofOffset(int startOffset, int pageSize) {
        return new BatchPageRequest(Optional.of(pageSize), Optional.of(startOffset), Optional.empty());
    }

    public static BatchPageRequest ofPage(int page, int pageSize) {
        return new BatchPageRequest(Optional.of(pageSize), Optional.empty(), Optional.of(page));
    }

    public static BatchPageRequest unpaged() {
        return new BatchPageRequest(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
