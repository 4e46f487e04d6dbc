package io.capitalist4j.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A client over a {@link FakeApi}, with its own named worker threads so tests can tell where work ran. */
abstract class ClientTestBase {

    static final String WORKER = "test-worker-";

    FakeApi api;
    Fixtures.JoiningFormat format;
    ExecutorService workers;
    ScheduledExecutorService scheduler;

    @BeforeEach
    void startThreads() {
        api = new FakeApi();
        format = new Fixtures.JoiningFormat();
        AtomicInteger count = new AtomicInteger();
        workers = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, WORKER + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "test-scheduler");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterEach
    void stopThreads() {
        workers.shutdownNow();
        scheduler.shutdownNow();
    }

    CapitalistClient.Builder builder() {
        return CapitalistClient.builder().api(api).batchFormat(format).executor(workers).scheduler(scheduler);
    }

    CapitalistClient client() {
        return builder().build();
    }

    /** The value, waiting at most a generous safety limit (a hang fails the test instead of the build). */
    static <T> T value(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the stage did not complete normally", e);
        }
    }

    /** The failure of the stage, unwrapped. */
    static Throwable failure(CompletionStage<?> stage) {
        Throwable thrown = catchThrowable(() -> stage.toCompletableFuture().get(20, TimeUnit.SECONDS));
        assertThat(thrown).as("the stage should have failed").isInstanceOf(java.util.concurrent.ExecutionException.class);
        return Async.unwrap(thrown);
    }
}
