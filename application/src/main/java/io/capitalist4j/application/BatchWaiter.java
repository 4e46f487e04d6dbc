package io.capitalist4j.application;

import io.capitalist4j.application.port.in.BatchOutcome;
import io.capitalist4j.application.port.in.BatchProgress;
import io.capitalist4j.application.port.in.WaitOptions;
import io.capitalist4j.application.port.in.WaitTimeoutException;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.RecordState;
import io.capitalist4j.domain.error.ApiException;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.domain.error.TransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Polls a batch until every record is final. Pauses are scheduled, never slept, so no thread is held while
 * waiting. Reads are harmless to repeat, so a few transient failures in a row are ridden out.
 */
final class BatchWaiter {

    private final BatchPaginator pages;
    private final Executor executor;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final OpenRuns runs;

    BatchWaiter(BatchPaginator pages, Executor executor, ScheduledExecutorService scheduler, Clock clock, OpenRuns runs) {
        this.pages = pages;
        this.executor = executor;
        this.scheduler = scheduler;
        this.clock = clock;
        this.runs = runs;
    }

    CompletionStage<BatchOutcome> await(BatchId id, WaitOptions options) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(options, "options");
        CompletableFuture<BatchOutcome> result = runs.start();
        new Run(id, options, clock.instant().plus(options.deadline()), result).poll();
        return result;
    }

    /** Whether the same read may succeed a moment later. */
    static boolean isTransient(Throwable failure) {
        if (failure instanceof TransportException || failure instanceof DecodingException) {
            return true;
        }
        if (failure instanceof HttpStatusException) {
            int status = ((HttpStatusException) failure).status();
            return status >= 500 || status == 429;
        }
        return failure instanceof ApiException && ((ApiException) failure).error().retryable();
    }

    static BatchProgress progressOf(BatchId id, List<BatchRecord> records, int polls) {
        Map<RecordState, Integer> counts = new EnumMap<>(RecordState.class);
        int finalCount = 0;
        for (BatchRecord record : records) {
            counts.merge(record.state(), 1, Integer::sum);
            if (record.isFinal()) {
                finalCount++;
            }
        }
        return new BatchProgress(id, records.size(), counts, finalCount, polls);
    }

    /** One wait. Its fields are only touched by one poll at a time, each handed to the next in order. */
    private final class Run {
        private final BatchId id;
        private final WaitOptions options;
        private final Instant deadlineAt;
        private final CompletableFuture<BatchOutcome> result;
        private int polls;
        private int failuresInRow;
        private BatchProgress last;
        /** The next poll while paused; dropped as soon as the wait ends, so a closed client keeps no timer. */
        private volatile ScheduledFuture<?> pending;

        Run(BatchId id, WaitOptions options, Instant deadlineAt, CompletableFuture<BatchOutcome> result) {
            this.id = id;
            this.options = options;
            this.deadlineAt = deadlineAt;
            this.result = result;
            result.whenComplete((outcome, failure) -> cancelPause());
        }

        private void cancelPause() {
            ScheduledFuture<?> next = pending;
            if (next != null) {
                next.cancel(false);
            }
        }

        void poll() {
            if (result.isDone()) {
                return; // cancelled by the caller, or the client was closed
            }
            Async.continueOn(pages.allRecords(id, options.pageSize()), executor, result, (records, failure) -> {
                if (result.isDone()) {
                    return; // an answer after close (or cancel) reports no progress
                }
                if (failure != null) {
                    failed(failure);
                    return;
                }
                failuresInRow = 0;
                polls++;
                last = progressOf(id, records, polls);
                options.progress().accept(last);
                if (last.isComplete()) {
                    result.complete(new BatchOutcome(id, records));
                } else {
                    pauseThenPoll(null);
                }
            });
        }

        private void failed(Throwable failure) {
            failuresInRow++;
            if (!isTransient(failure) || failuresInRow > options.toleratedFailures()) {
                result.completeExceptionally(failure);
            } else {
                pauseThenPoll(failure);
            }
        }

        private void pauseThenPoll(Throwable lastFailure) {
            Instant now = clock.instant();
            if (!now.isBefore(deadlineAt)) {
                result.completeExceptionally(new WaitTimeoutException(id, options.deadline(), last, lastFailure));
                return;
            }
            // The last pause is cut short so that one more poll happens right at the deadline.
            Duration pause = options.interval().compareTo(Duration.between(now, deadlineAt)) <= 0
                    ? options.interval() : Duration.between(now, deadlineAt);
            try {
                pending = scheduler.schedule(this::poll, pause.toNanos(), TimeUnit.NANOSECONDS);
                if (result.isDone()) {
                    cancelPause(); // ended while the pause was being scheduled
                }
            } catch (RejectedExecutionException e) {
                result.completeExceptionally(e);
            }
        }
    }
}
