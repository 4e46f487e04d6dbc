package io.capitalist4j.benchmarks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Keeps {@code concurrency} calls in flight until {@code total} have completed: each completion starts the
 * next call, as {@code concurrency} independent users would. Any failure fails the whole run.
 */
final class ClosedLoop {

    private final int total;
    private final Supplier<? extends CompletionStage<?>> call;
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    private ClosedLoop(int total, Supplier<? extends CompletionStage<?>> call) {
        this.total = total;
        this.call = call;
    }

    static void run(int total, int concurrency, Supplier<? extends CompletionStage<?>> call) {
        ClosedLoop loop = new ClosedLoop(total, call);
        for (int i = 0; i < Math.min(total, concurrency); i++) {
            loop.next();
        }
        loop.done.join();
    }

    private void next() {
        if (started.getAndIncrement() >= total || done.isDone()) {
            return;
        }
        CompletionStage<?> stage;
        try {
            stage = call.get();
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
            return;
        }
        stage.whenComplete((value, failure) -> {
            if (failure != null) {
                done.completeExceptionally(failure);
            } else if (completed.incrementAndGet() == total) {
                done.complete(null);
            } else {
                next();
            }
        });
    }
}
