package io.capitalist4j.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.application.port.in.BatchOutcome;
import io.capitalist4j.application.port.in.ReconcileQuery;
import io.capitalist4j.application.port.in.ReconciliationReport;
import io.capitalist4j.application.port.in.WaitOptions;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.RecordState;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.document.HistoryQuery;
import io.capitalist4j.domain.document.Period;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * close() ends every run the client drives over many calls at once, with the exception that says why: a wait
 * paused for an hour between two polls, a page walk or a reconciliation waiting for an answer. Nothing here
 * waits for a pause to pass: the pause is an hour long and close() must not need it.
 */
class CloseDuringRunsTest extends ClientTestBase {

    private static final String CLOSED = "the Capitalist client is closed: nothing more is done or sent";
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Period PERIOD = Period.of(LocalDate.of(2025, 3, 25), LocalDate.of(2025, 3, 27));

    private final SteppingClock clock = new SteppingClock();
    /** One worker thread, so a task handed to it after a step of a run runs only once that step is over. */
    private ExecutorService worker;
    private PauseRecordingScheduler timer;

    /**
     * Tells the test what was scheduled, and for how long: a wait's deadline timer first, then its pauses. The
     * timers themselves are left to run (or not).
     */
    private static final class PauseRecordingScheduler extends ScheduledThreadPoolExecutor {
        final List<Duration> delays = Collections.synchronizedList(new ArrayList<>());
        final List<ScheduledFuture<?>> timers = Collections.synchronizedList(new ArrayList<>());
        /** Completed once the deadline and the first pause are both scheduled. */
        final CompletableFuture<Void> paused = new CompletableFuture<>();

        PauseRecordingScheduler() {
            super(1, r -> {
                Thread t = new Thread(r, "test-pauses");
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
            ScheduledFuture<?> scheduled = super.schedule(task, delay, unit);
            timers.add(scheduled);
            delays.add(Duration.ofNanos(unit.toNanos(delay)));
            if (timers.size() >= 2) {
                paused.complete(null);
            }
            return scheduled;
        }
    }

    @BeforeEach
    void startOwnThreads() {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, WORKER + "only");
            t.setDaemon(true);
            return t;
        });
        timer = new PauseRecordingScheduler();
    }

    @AfterEach
    void stopOwnThreads() {
        worker.shutdownNow();
        timer.shutdownNow();
    }

    private CapitalistClient client(ScheduledExecutorService scheduler) {
        return builder().executor(worker).scheduler(scheduler).clock(clock).build();
    }

    /** Returns once every step already handed to the one worker has run. */
    private void workerIdle() throws Exception {
        worker.submit(() -> { }).get(20, TimeUnit.SECONDS);
    }

    @Test
    void aWaitPausedForAnHourBetweenTwoPollsFailsWhenTheClientIsClosedNotAtItsNextPoll() throws Exception {
        api.onBatchInfo = FakeApi.serving(List.of(Fixtures.record(1, RecordState.INPROCESS)));
        CapitalistClient client = client(timer);
        CompletableFuture<BatchOutcome> wait = client.awaitCompletion(Fixtures.BATCH_ID,
                WaitOptions.of(HOUR, Duration.ofHours(2))).toCompletableFuture();
        timer.paused.get(20, TimeUnit.SECONDS);
        assertThat(timer.delays).as("the deadline, then the pause after the first poll").containsExactly(HOUR.multipliedBy(2), HOUR);
        workerIdle();
        assertThat(wait).as("paused, not over").isNotDone();

        client.close();

        assertThat(wait).as("failed by the time close() returns").isCompletedExceptionally();
        assertThat(failure(wait)).isExactlyInstanceOf(IllegalStateException.class).hasMessage(CLOSED);
        assertThat(timer.timers).as("the deadline and the pending poll are dropped").allMatch(ScheduledFuture::isCancelled);
        assertThat(api.pageRequests).as("polls sent").hasSize(1);
    }

    @Test
    void theClientsOwnSchedulerEndsAtCloseInsteadOfWaitingOutAPendingPause() throws Exception {
        ScheduledExecutorService own = ClientThreads.scheduler();
        ScheduledFuture<?> pause = own.schedule(() -> { }, 1, TimeUnit.HOURS);

        own.shutdown();

        assertThat(own.awaitTermination(20, TimeUnit.SECONDS)).as("terminated (guard, not a measurement)").isTrue();
        assertThat(pause.isDone()).isTrue();
    }

    @Test
    void aRecordPageWalkWaitingForItsAnswerFailsAtCloseAndTheLateAnswerReachesNoConsumer() throws Exception {
        CompletableFuture<BatchPage> answer = new CompletableFuture<>();
        api.onBatchInfo = (id, request) -> answer;
        List<BatchPage> consumed = Collections.synchronizedList(new ArrayList<>());
        CapitalistClient client = client(timer);
        CompletableFuture<Void> walk = client.forEachRecordPage(Fixtures.BATCH_ID, 100, consumed::add).toCompletableFuture();

        client.close();

        assertThat(walk).as("failed by the time close() returns").isCompletedExceptionally();
        assertThat(failure(walk)).isExactlyInstanceOf(IllegalStateException.class).hasMessage(CLOSED);
        answer.complete(FakeApi.slice(Fixtures.BATCH_ID, api.pageRequests.get(0),
                List.of(Fixtures.record(1, RecordState.PROCESSED))));
        workerIdle();
        assertThat(consumed).as("pages handed on after close").isEmpty();
        assertThat(api.pageRequests).as("pages asked for").hasSize(1);
    }

    @Test
    void aHistoryWalkWaitingForItsAnswerFailsAtClose() {
        CompletableFuture<HistoryPage> answer = new CompletableFuture<>();
        api.onHistory = query -> answer;
        CapitalistClient client = client(timer);
        CompletableFuture<?> walk = client.allHistory(HistoryQuery.all()).toCompletableFuture();

        client.close();

        assertThat(walk).as("failed by the time close() returns").isCompletedExceptionally();
        assertThat(failure(walk)).isExactlyInstanceOf(IllegalStateException.class).hasMessage(CLOSED);
        assertThat(api.historyQueries).as("pages asked for").hasSize(1);
    }

    @Test
    void aReconciliationWaitingForItsSearchesFailsAtCloseAndStartsNoOtherSearch() throws Exception {
        CompletableFuture<List<FoundDocument>> answer = new CompletableFuture<>();
        api.onSearch = search -> answer;
        CapitalistClient client = client(timer);
        CompletableFuture<ReconciliationReport> run = client.reconcile(
                new ReconcileQuery(List.of("P-1", "P-2", "P-3"), PERIOD, 1)).toCompletableFuture();

        client.close();

        assertThat(run).as("failed by the time close() returns").isCompletedExceptionally();
        assertThat(failure(run)).isExactlyInstanceOf(IllegalStateException.class).hasMessage(CLOSED);
        answer.complete(List.of(Fixtures.document("P-1", "1001", "EXECUTED")));
        workerIdle();
        assertThat(api.searches).as("searches sent: the first, and none after close").hasSize(1);
    }

    @Test
    void runsStartedAfterCloseFailAtOnceAndSendNothing() {
        CapitalistClient client = client(timer);
        client.close();

        List<CompletableFuture<?>> runs = List.of(
                client.awaitCompletion(Fixtures.BATCH_ID, WaitOptions.of(HOUR, Duration.ofHours(2))).toCompletableFuture(),
                client.allRecords(Fixtures.BATCH_ID).toCompletableFuture(),
                client.allHistory(HistoryQuery.all()).toCompletableFuture(),
                client.reconcile(new ReconcileQuery(List.of("P-1"), PERIOD)).toCompletableFuture(),
                client.reconcile(new ReconcileQuery(List.of(), PERIOD)).toCompletableFuture());

        assertThat(runs).allSatisfy(run -> {
            assertThat(run).isCompletedExceptionally();
            assertThat(failure(run)).isExactlyInstanceOf(IllegalStateException.class).hasMessage(CLOSED);
        });
        assertThat(api.pageRequests).isEmpty();
        assertThat(api.historyQueries).isEmpty();
        assertThat(api.searches).isEmpty();
    }
}
