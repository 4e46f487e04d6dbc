package io.capitalist4j.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.application.port.in.BatchOutcome;
import io.capitalist4j.application.port.in.BatchProgress;
import io.capitalist4j.application.port.in.WaitOptions;
import io.capitalist4j.application.port.in.WaitTimeoutException;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.RecordState;
import io.capitalist4j.domain.error.ApiError;
import io.capitalist4j.domain.error.AuthenticationException;
import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.domain.error.RemoteErrorException;
import io.capitalist4j.domain.error.TransportException;
import java.time.Duration;
import java.util.Optional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchWaiterTest extends ClientTestBase {

    private static final Duration TINY = Duration.ofMillis(1);
    private final SteppingClock clock = new SteppingClock();
    private final AtomicInteger polls = new AtomicInteger();

    /** Answers the n-th poll (from 1) with the n-th script entry, repeating the last. */
    @SafeVarargs
    private void script(List<BatchRecord>... answers) {
        api.onBatchInfo = (id, request) -> {
            int n = polls.incrementAndGet();
            return CompletableFuture.completedFuture(FakeApi.slice(id, request, answers[Math.min(n, answers.length) - 1]));
        };
    }

    private CapitalistClient waitingClient() {
        return builder().clock(clock).build();
    }

    private static List<BatchRecord> states(RecordState... states) {
        List<BatchRecord> records = new ArrayList<>();
        for (int i = 0; i < states.length; i++) {
            records.add(Fixtures.record(i + 1, states[i]));
        }
        return records;
    }

    @Test
    void pollsUntilEveryRecordIsFinalAndReportsProgressEachTime() {
        List<BatchRecord> finished = new ArrayList<>(states(RecordState.PROCESSED, RecordState.DECLINED, RecordState.PROCESSED));
        finished.add(Fixtures.skipped(4));
        List<BatchRecord> skippedStillNew = new ArrayList<>(states(RecordState.NEW, RecordState.INPROCESS, RecordState.READY));
        skippedStillNew.add(Fixtures.skipped(4));
        List<BatchRecord> halfway = new ArrayList<>(states(RecordState.PROCESSED, RecordState.INPROCESS, RecordState.INPROCESS));
        halfway.add(Fixtures.skipped(4));
        script(skippedStillNew, halfway, finished);
        List<BatchProgress> progress = Collections.synchronizedList(new ArrayList<>());

        BatchOutcome outcome = value(waitingClient().awaitCompletion(Fixtures.BATCH_ID,
                WaitOptions.of(TINY, Duration.ofMinutes(5)).withProgress(progress::add)));

        assertThat(progress).extracting(BatchProgress::polls).containsExactly(1, 2, 3);
        assertThat(progress).extracting(BatchProgress::finalCount).containsExactly(1, 2, 4);
        assertThat(progress.get(1).count(RecordState.INPROCESS)).isEqualTo(2);
        assertThat(progress.get(1).count(RecordState.NEW)).isZero();
        assertThat(progress.get(2).isComplete()).isTrue();
        assertThat(outcome.records()).isEqualTo(finished);
        assertThat(outcome.processed()).extracting(BatchRecord::lineNumber).containsExactly(1, 3);
        assertThat(outcome.declined()).extracting(BatchRecord::lineNumber).containsExactly(2);
        assertThat(outcome.skipped()).extracting(BatchRecord::lineNumber).containsExactly(4);
        assertThat(outcome.allProcessed()).isFalse();
    }

    @Test
    void treatsARecordInAStateItDoesNotKnowAsNotFinalAndCountsItAsUnknown() {
        BatchRecord held = new BatchRecord(2, "P-2", "R0100271", new BigDecimal("1.50"), "RUR", "payout 2",
                Optional.of("1002"), RecordState.UNKNOWN, "CAPITALIST", "", "HOLD_NEW", Optional.empty());
        List<BatchRecord> holding = new ArrayList<>(states(RecordState.PROCESSED));
        holding.add(held);
        List<BatchRecord> finished = states(RecordState.PROCESSED, RecordState.PROCESSED);
        script(holding, finished);
        List<BatchProgress> progress = Collections.synchronizedList(new ArrayList<>());

        BatchOutcome outcome = value(waitingClient().awaitCompletion(Fixtures.BATCH_ID,
                WaitOptions.of(TINY, Duration.ofMinutes(5)).withProgress(progress::add)));

        assertThat(progress).extracting(BatchProgress::finalCount).containsExactly(1, 2);
        assertThat(progress.get(0).count(RecordState.UNKNOWN)).isEqualTo(1);
        assertThat(progress.get(0).isComplete()).isFalse();
        assertThat(progress.get(1).count(RecordState.UNKNOWN)).isZero();
        assertThat(outcome.records()).isEqualTo(finished);
    }

    @Test
    void readsEveryPageOnEachPoll() {
        script(Fixtures.records(5, RecordState.PROCESSED));

        BatchOutcome outcome = value(waitingClient().awaitCompletion(Fixtures.BATCH_ID,
                WaitOptions.of(TINY, Duration.ofMinutes(1)).withPageSize(2)));

        assertThat(outcome.records()).hasSize(5);
        assertThat(api.pageRequests).extracting(r -> r.startOffset().orElseThrow()).containsExactly(0, 2, 4);
    }

    @Test
    void failsAtTheDeadlineWithTheLastProgress() {
        api.onBatchInfo = (id, request) -> {
            polls.incrementAndGet();
            clock.advance(Duration.ofMinutes(1)); // each poll "takes" a minute of the fake clock
            return CompletableFuture.completedFuture(FakeApi.slice(id, request, states(RecordState.PROCESSED, RecordState.INPROCESS)));
        };

        Throwable thrown = failure(waitingClient().awaitCompletion(Fixtures.BATCH_ID,
                WaitOptions.of(TINY, Duration.ofMinutes(3))));

        assertThat(thrown).isInstanceOf(WaitTimeoutException.class);
        WaitTimeoutException timeout = (WaitTimeoutException) thrown;
        assertThat(timeout.batchId()).isEqualTo(Fixtures.BATCH_ID);
        assertThat(timeout.lastProgress()).hasValueSatisfying(p -> {
            assertThat(p.polls()).isEqualTo(3);
            assertThat(p.finalCount()).isEqualTo(1);
            assertThat(p.total()).isEqualTo(2);
        });
        assertThat(timeout).hasMessageContaining("1 of 2 records final after 3 polls").hasNoCause();
        assertThat(polls).hasValue(3);
    }

    @Test
    void endsAtTheDeadlineWhileAPollIsStillWaitingForItsAnswerAndAsksForNoFurtherPage() {
        List<BatchRecord> notYet = states(RecordState.PROCESSED, RecordState.INPROCESS);
        CompletableFuture<BatchPage> neverAnswered = new CompletableFuture<>();
        api.onBatchInfo = (id, request) -> polls.incrementAndGet() == 1
                ? CompletableFuture.completedFuture(FakeApi.slice(id, request, notYet))
                : neverAnswered;
        // The real clock: the deadline is a timer of its own, not a check made when an answer comes.
        CapitalistClient client = builder().build();

        Throwable thrown = failure(client.awaitCompletion(Fixtures.BATCH_ID,
                WaitOptions.of(TINY, Duration.ofMillis(300))));

        assertThat(thrown).isInstanceOf(WaitTimeoutException.class)
                .hasMessageContaining("1 of 2 records final after 1 poll").hasNoCause();
        assertThat(((WaitTimeoutException) thrown).deadline()).isEqualTo(Duration.ofMillis(300));
        assertThat(polls).as("the first poll and the one left hanging").hasValue(2);
        neverAnswered.complete(FakeApi.slice(Fixtures.BATCH_ID, BatchPageRequest.ofOffset(0, 1), notYet));
        assertThat(api.pageRequests).as("a late answer asks for nothing more").hasSize(2);
    }

    @Test
    void waitingForFinalStatesKeepsCountsOnlyAndGivesTheLastProgress() {
        List<BatchRecord> halfway = states(RecordState.PROCESSED, RecordState.INPROCESS, RecordState.NEW);
        List<BatchRecord> finished = states(RecordState.PROCESSED, RecordState.DECLINED, RecordState.PROCESSED);
        script(halfway, finished);

        BatchProgress last = value(waitingClient().awaitFinal(Fixtures.BATCH_ID,
                WaitOptions.of(TINY, Duration.ofMinutes(5)).withPageSize(2)));

        assertThat(last.polls()).isEqualTo(2);
        assertThat(last.total()).isEqualTo(3);
        assertThat(last.isComplete()).isTrue();
        assertThat(last.count(RecordState.PROCESSED)).isEqualTo(2);
        assertThat(last.count(RecordState.DECLINED)).isEqualTo(1);
        assertThat(api.pageRequests).extracting(r -> r.startOffset().orElseThrow()).containsExactly(0, 2, 0, 2);
    }

    @Test
    void ridesOutAsManyTransientFailuresInARowAsAllowed() {
        List<BatchRecord> notYet = states(RecordState.INPROCESS);
        List<BatchRecord> done = states(RecordState.PROCESSED);
        // fail x3, answer, fail x3, answer: never more than three failures in a row
        List<Object> answers = List.of(1, 1, 1, notYet, 1, 1, 1, done);
        api.onBatchInfo = (id, request) -> {
            Object answer = answers.get(polls.getAndIncrement());
            if (answer instanceof List) {
                @SuppressWarnings("unchecked")
                List<BatchRecord> records = (List<BatchRecord>) answer;
                return CompletableFuture.completedFuture(FakeApi.slice(id, request, records));
            }
            return CompletableFuture.failedFuture(new TransportException("get_batch_info", "reset", true, null));
        };
        List<BatchProgress> progress = Collections.synchronizedList(new ArrayList<>());

        BatchOutcome outcome = value(waitingClient().awaitCompletion(Fixtures.BATCH_ID,
                WaitOptions.of(TINY, Duration.ofMinutes(5)).withProgress(progress::add)));

        assertThat(outcome.processed()).hasSize(1);
        assertThat(polls).hasValue(8);
        assertThat(progress).extracting(BatchProgress::polls).containsExactly(1, 2);
    }

    @Test
    void givesUpWithTheReadFailureOnceTooManyFailInARow() {
        HttpStatusException unavailable = new HttpStatusException("get_batch_info", 503, "Service Unavailable");
        api.onBatchInfo = (id, request) -> {
            polls.incrementAndGet();
            return CompletableFuture.failedFuture(unavailable);
        };

        Throwable thrown = failure(waitingClient().awaitCompletion(Fixtures.BATCH_ID,
                WaitOptions.of(TINY, Duration.ofMinutes(5)).withToleratedFailures(2)));

        assertThat(thrown).isSameAs(unavailable);
        assertThat(polls).hasValue(3);
    }

    @Test
    void toleratesThreeFailuresByDefault() {
        RemoteErrorException systemError = new RemoteErrorException("get_batch_info", new ApiError(1, "System error"));
        api.onBatchInfo = (id, request) -> {
            polls.incrementAndGet();
            return CompletableFuture.failedFuture(systemError);
        };

        assertThat(failure(waitingClient().awaitCompletion(Fixtures.BATCH_ID, WaitOptions.of(TINY, Duration.ofMinutes(5)))))
                .isSameAs(systemError);
        assertThat(polls).hasValue(4);
    }

    @Test
    void failsAtOnceOnAFailureThatRepeatingCannotFix() {
        AuthenticationException wrongPassword = new AuthenticationException("get_batch_info", new ApiError(15, "Invalid password"));
        api.onBatchInfo = (id, request) -> {
            polls.incrementAndGet();
            return CompletableFuture.failedFuture(wrongPassword);
        };

        assertThat(failure(waitingClient().awaitCompletion(Fixtures.BATCH_ID, WaitOptions.of(TINY, Duration.ofMinutes(5)))))
                .isSameAs(wrongPassword);
        assertThat(polls).hasValue(1);
    }

    @Test
    void timesOutWithTheLastFailureAsCauseWhenTheDeadlinePassesWhileFailing() {
        TransportException reset = new TransportException("get_batch_info", "reset", true, null);
        api.onBatchInfo = (id, request) -> {
            polls.incrementAndGet();
            clock.advance(Duration.ofMinutes(2));
            return CompletableFuture.failedFuture(reset);
        };

        Throwable thrown = failure(waitingClient().awaitCompletion(Fixtures.BATCH_ID,
                WaitOptions.of(TINY, Duration.ofMinutes(3)).withToleratedFailures(10)));

        assertThat(thrown).isInstanceOf(WaitTimeoutException.class).hasCause(reset).hasMessageContaining("no poll succeeded");
        assertThat(((WaitTimeoutException) thrown).lastProgress()).isEmpty();
        assertThat(polls).hasValue(2);
    }

    @Test
    void stopsPollingOnceTheCallerCancels() throws InterruptedException {
        Semaphore ran = new Semaphore(0);
        ScheduledThreadPoolExecutor counting = new ScheduledThreadPoolExecutor(1) {
            @Override
            protected void afterExecute(Runnable task, Throwable failure) {
                super.afterExecute(task, failure);
                ran.release();
            }
        };
        try {
            script(states(RecordState.INPROCESS));
            CompletableFuture<CompletableFuture<BatchOutcome>> handle = new CompletableFuture<>();
            CapitalistClient client = builder().clock(clock).scheduler(counting).build();
            CompletionStage<BatchOutcome> stage = client.awaitCompletion(Fixtures.BATCH_ID,
                    WaitOptions.of(Duration.ZERO, Duration.ofMinutes(5)).withProgress(p -> {
                        if (p.polls() == 2) {
                            handle.join().cancel(false);
                        }
                    }));
            handle.complete(stage.toCompletableFuture());

            // poll 1 runs at once; poll 2 and the (skipped) poll 3 come from the scheduler
            assertThat(ran.tryAcquire(2, 20, TimeUnit.SECONDS)).isTrue();

            assertThat(handle.join()).isCancelled();
            assertThat(polls).hasValue(2);
        } finally {
            counting.shutdownNow();
        }
    }

    @Test
    void progressDuringAPollThatFindsNothingYetCountsEveryState() {
        BatchProgress progress = BatchWaiter.progressOf(Fixtures.BATCH_ID, List.of(), 1);

        assertThat(progress.isComplete()).isTrue();
        assertThat(progress.counts()).hasSize(RecordState.values().length).allSatisfy((state, count) -> assertThat(count).isZero());
    }

    @Test
    void rejectsNonsensicalWaitOptions() {
        assertThatThrownBy(() -> WaitOptions.of(Duration.ofSeconds(-1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval");
        assertThatThrownBy(() -> WaitOptions.of(TINY, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deadline");
        assertThatThrownBy(() -> WaitOptions.of(TINY, Duration.ofMinutes(1)).withToleratedFailures(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("toleratedFailures");
        assertThatThrownBy(() -> WaitOptions.of(TINY, Duration.ofMinutes(1)).withPageSize(1001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1001");
    }

    @Test
    void defaultOptionsTolerateThreeFailuresAndReadPagesOfAThousand() {
        WaitOptions options = WaitOptions.of(TINY, Duration.ofMinutes(1));

        assertThat(options.toleratedFailures()).isEqualTo(3);
        assertThat(options.pageSize()).isEqualTo(1000);
    }
}
