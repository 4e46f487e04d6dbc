package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.batch.BatchPageRequest;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to wait for a batch.
 *
 * @param interval          pause between two polls (each poll reads every page of the batch)
 * @param deadline          how long to wait in all, counted from the call
 * @param progress          told after every successful poll, on the client's executor
 * @param toleratedFailures transient read failures in a row that are ridden out before giving up
 * @param pageSize          records per get_batch_info call, 1 to 1000
 */
public record WaitOptions(Duration interval, Duration deadline, Consumer<BatchProgress> progress,
                          int toleratedFailures, int pageSize) {

    public static final int DEFAULT_TOLERATED_FAILURES = 3;

    public WaitOptions {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(progress, "progress");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval must not be negative: " + interval);
        }
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("deadline must be positive: " + deadline);
        }
        if (toleratedFailures < 0) {
            throw new IllegalArgumentException("toleratedFailures must not be negative: " + toleratedFailures);
        }
        if (pageSize < 1 || pageSize > BatchPageRequest.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be 1 to " + BatchPageRequest.MAX_PAGE_SIZE + ": " + pageSize);
        }
    }

    public WaitOptions(Duration interval, Duration deadline, Consumer<BatchProgress> progress) {
        this(interval, deadline, progress, DEFAULT_TOLERATED_FAILURES, BatchPageRequest.MAX_PAGE_SIZE);
    }

    /** No progress callback, three tolerated failures, pages of 1,000. */
    public static WaitOptions of(Duration interval, Duration deadline) {
        return new WaitOptions(interval, deadline, progress -> { });
    }

    public WaitOptions withProgress(Consumer<BatchProgress> listener) {
        return new WaitOptions(interval, deadline, listener, toleratedFailures, pageSize);
    }

    public WaitOptions withToleratedFailures(int failures) {
        return new WaitOptions(interval, deadline, progress, failures, pageSize);
    }

    public WaitOptions withPageSize(int size) {
        return new WaitOptions(interval, deadline, progress, toleratedFailures, size);
    }
}
