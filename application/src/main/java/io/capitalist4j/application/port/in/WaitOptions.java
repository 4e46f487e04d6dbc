package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.batch.BatchPageRequest;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to wait for a batch: made by {@link #of} and changed one setting at a time by the {@code with…}
 * methods, so that a new setting breaks no caller. Immutable.
 *
 * <ul>
 * <li>{@code interval}: pause between two polls (each poll reads every page of the batch)</li>
 * <li>{@code deadline}: how long to wait in all, counted from the call, on the wall clock: when it passes while a
 * poll is waiting for its answer, the wait fails then and there; no poll starts that the deadline would cut off</li>
 * <li>{@code progress}: told after every successful poll, on the client's executor</li>
 * <li>{@code toleratedFailures}: transient read failures in a row that are ridden out before giving up</li>
 * <li>{@code pageSize}: records per get_batch_info call, 1 to 1000</li>
 * </ul>
 */
public final class WaitOptions {

    public static final int DEFAULT_TOLERATED_FAILURES = 3;

    private final Duration interval;
    private final Duration deadline;
    private final Consumer<BatchProgress> progress;
    private final int toleratedFailures;
    private final int pageSize;

    private WaitOptions(Duration interval, Duration deadline, Consumer<BatchProgress> progress,
                        int toleratedFailures, int pageSize) {
        this.interval = Objects.requireNonNull(interval, "interval");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.toleratedFailures = toleratedFailures;
        this.pageSize = pageSize;
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

    /** No progress callback, three tolerated failures, pages of 1,000. */
    public static WaitOptions of(Duration interval, Duration deadline) {
        return new WaitOptions(interval, deadline, progress -> { }, DEFAULT_TOLERATED_FAILURES,
                BatchPageRequest.MAX_PAGE_SIZE);
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

    public Duration interval() {
        return interval;
    }

    public Duration deadline() {
        return deadline;
    }

    public Consumer<BatchProgress> progress() {
        return progress;
    }

    public int toleratedFailures() {
        return toleratedFailures;
    }

    public int pageSize() {
        return pageSize;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof WaitOptions)) {
            return false;
        }
        WaitOptions o = (WaitOptions) other;
        return interval.equals(o.interval) && deadline.equals(o.deadline) && progress.equals(o.progress)
                && toleratedFailures == o.toleratedFailures && pageSize == o.pageSize;
    }

    @Override
    public int hashCode() {
        return Objects.hash(interval, deadline, progress, toleratedFailures, pageSize);
    }

    @Override
    public String toString() {
        return "WaitOptions[interval=" + interval + ", deadline=" + deadline + ", toleratedFailures="
                + toleratedFailures + ", pageSize=" + pageSize + "]";
    }
}
