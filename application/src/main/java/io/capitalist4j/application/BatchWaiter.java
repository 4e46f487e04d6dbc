package io.capitalist4j.application;

import io.capitalist4j.application.port.in.BatchOutcome;
import io.capitalist4j.application.port.in.BatchProgress;
import io.capitalist4j.application.port.in.WaitOptions;
import io.capitalist4j.application.port.in.WaitTimeoutException;
import io.capitalist4j.application.port.out.events.BatchStateEvent;
import io.capitalist4j.application.port.out.events.CapitalistListener;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.RecordState;
import io.capitalist4j.domain.error.ApiException;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.domain.error.TransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Polls a batch until every record is final. Pauses are scheduled, never slept, so no thread is held while
 * waiting. Reads are harmless to repeat, so a few transient failures in a row are ridden out. The deadline is a
 * timer of its own: it ends the wait when it passes, also while a poll is still waiting for its answer.
 */
final class BatchWaiter {

    private final BatchPaginator pages;
    private final Executor executor;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final OpenRuns runs;
    private final CapitalistListener listener;

    BatchWaiter(BatchPaginator pages, Executor executor, ScheduledExecutorService scheduler, Clock clock, OpenRuns runs,
                CapitalistListener listener) {
        this.pages = pages;
        this.executor = executor;
        this.scheduler = scheduler;
        this.clock = clock;
        this.runs = runs;
        this.listener = listener;
    }

    /** Waits and keeps the records of the last poll, for the outcome. */
    CompletionStage<BatchOutcome> await(BatchId id, WaitOptions options) {
        return start(id, options, true, poll -> new BatchOutcome(id, poll.records));
    }

    /** Waits keeping only counts, so memory does not grow with the batch. */
    CompletionStage<BatchProgress> awaitFinal(BatchId id, WaitOptions options) {
        return start(id, options, false, poll -> poll.progress);
    }

    private <T> CompletionStage<T> start(BatchId id, WaitOptions options, boolean keepRecords, Function<Poll, T> outcome) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(options, "options");
        CompletableFuture<T> result = runs.start();
        if (!result.isDone()) {
            new Run<>(id, options, keepRecords, outcome, clock.instant().plus(options.deadline()), result).begin();
        }
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
        Tally tally = new Tally();
        tally.add(records);
        return tally.progress(id, polls);
    }

    /** Counts records by state as pages go by. */
    private static final class Tally {
        private final Map<RecordState, Integer> counts = new EnumMap<>(RecordState.class);
        private int total;
        private int finalCount;

        void add(List<BatchRecord> records) {
            for (BatchRecord record : records) {
                counts.merge(record.state(), 1, Integer::sum);
                total++;
                if (record.isFinal()) {
                    finalCount++;
                }
            }
        }

        BatchProgress progress(BatchId id, int polls) {
            return new BatchProgress(id, total, counts, finalCount, polls);
        }
    }

    /**
     * The state each record of a wait was last seen in, one byte per record by its place in the batch, to tell the
     * listener of the first sighting and of every change.
     */
    private final class SeenStates {
        private static final RecordState[] STATES = RecordState.values();
        private final String batchId;
        private byte[] seen = new byte[64];

        SeenStates(BatchId id) {
            this.batchId = id.value();
        }

        void saw(int place, RecordState state) {
            if (place >= seen.length) {
                seen = Arrays.copyOf(seen, Math.max(place + 1, seen.length * 2));
            }
            int before = seen[place] - 1;
            if (before == state.ordinal()) {
                return;
            }
            seen[place] = (byte) (state.ordinal() + 1);
            try {
                listener.onBatchState(new BatchStateEvent(ObservedApi.PROTOCOL, batchId,
                        before < 0 ? Optional.empty() : Optional.of(STATES[before].name()), state.name()));
            } catch (RuntimeException ignored) {
                // a listener never stops a wait
            }
        }
    }

    /** What one successful poll found. */
    private static final class Poll {
        final BatchProgress progress;
        final List<BatchRecord> records;

        Poll(BatchProgress progress, List<BatchRecord> records) {
            this.progress = progress;
            this.records = records;
        }
    }

    /** One wait. Its fields are only touched by one poll at a time, each handed to the next in order. */
    private final class Run<T> {
        private final BatchId id;
        private final WaitOptions options;
        private final boolean keepRecords;
        private final Function<Poll, T> outcome;
        private final Instant deadlineAt;
        private final CompletableFuture<T> result;
        private int polls;
        private int failuresInRow;
        /** Read by the deadline timer's thread, hence volatile. */
        private volatile BatchProgress last;
        private volatile Throwable lastFailure;
        /** The next poll (or the end) while paused; dropped as soon as the wait ends, so a closed client keeps no timer. */
        private volatile ScheduledFuture<?> pending;
        private volatile ScheduledFuture<?> deadline;
        /** The page walk of the poll under way, stopped when the wait ends so that it asks for no further page. */
        private volatile CompletableFuture<Void> walk;
        /** Null when nobody listens: then no state is kept. */
        private final SeenStates seen;

        Run(BatchId id, WaitOptions options, boolean keepRecords, Function<Poll, T> outcome, Instant deadlineAt,
            CompletableFuture<T> result) {
            this.id = id;
            this.options = options;
            this.keepRecords = keepRecords;
            this.outcome = outcome;
            this.deadlineAt = deadlineAt;
            this.result = result;
            this.seen = listener == CapitalistListener.NONE ? null : new SeenStates(id);
            result.whenComplete((value, failure) -> stopAll());
        }

        void begin() {
            try {
                deadline = scheduler.schedule(this::expire, options.deadline().toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                result.completeExceptionally(e);
                return;
            }
            if (result.isDone()) {
                stopAll(); // ended while the timer was being set
                return;
            }
            poll();
        }

        private void stopAll() {
            cancel(pending);
            cancel(deadline);
            CompletableFuture<Void> current = walk;
            if (current != null) {
                current.cancel(false);
            }
        }

        private void cancel(ScheduledFuture<?> timer) {
            if (timer != null) {
                timer.cancel(false);
            }
        }

        private void expire() {
            result.completeExceptionally(new WaitTimeoutException(id, options.deadline(), last, lastFailure));
        }

        void poll() {
            if (result.isDone()) {
                return; // cancelled by the caller, the deadline passed, or the client was closed
            }
            Tally tally = new Tally();
            List<BatchRecord> records = keepRecords ? new ArrayList<>() : List.of();
            int[] place = {0};
            CompletableFuture<Void> current = pages.forEachPage(id, options.pageSize(), (BatchPage page) -> {
                tally.add(page.records());
                if (keepRecords) {
                    records.addAll(page.records());
                }
                if (seen != null) {
                    page.records().forEach(r -> seen.saw(place[0]++, r.state()));
                }
            });
            walk = current;
            if (result.isDone()) {
                current.cancel(false); // ended while the walk was being started
                return;
            }
            Async.continueOn(current, executor, result, (done, failure) -> {
                if (result.isDone()) {
                    return; // an answer after the end (deadline, close or cancel) reports no progress
                }
                if (failure != null) {
                    failed(failure);
                    return;
                }
                failuresInRow = 0;
                polls++;
                Poll found = new Poll(tally.progress(id, polls), records);
                last = found.progress;
                lastFailure = null;
                options.progress().accept(found.progress);
                if (found.progress.isComplete()) {
                    result.complete(outcome.apply(found));
                } else {
                    pause();
                }
            });
        }

        private void failed(Throwable failure) {
            failuresInRow++;
            lastFailure = failure;
            if (!isTransient(failure) || failuresInRow > options.toleratedFailures()) {
                result.completeExceptionally(failure);
            } else {
                pause();
            }
        }

        private void pause() {
            Instant now = clock.instant();
            if (!now.isBefore(deadlineAt)) {
                expire();
                return;
            }
            // No poll starts that the deadline would cut off at once: the last pause ends the wait instead.
            Duration left = Duration.between(now, deadlineAt);
            boolean pollAgain = options.interval().compareTo(left) < 0;
            Duration pause = pollAgain ? options.interval() : left;
            try {
                pending = scheduler.schedule(pollAgain ? this::poll : this::expire, pause.toNanos(), TimeUnit.NANOSECONDS);
                if (result.isDone()) {
                    cancel(pending); // ended while the pause was being scheduled
                }
            } catch (RejectedExecutionException e) {
                result.completeExceptionally(e);
            }
        }
    }
}
