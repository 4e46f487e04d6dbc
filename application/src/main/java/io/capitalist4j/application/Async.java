package io.capitalist4j.application;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** The few stage helpers the services share. */
final class Async {

    private Async() {
    }

    /** A port call whose synchronous throw becomes a failed stage, so every failure takes one path. */
    static <T> CompletionStage<T> call(Supplier<? extends CompletionStage<T>> remote) {
        try {
            CompletionStage<T> stage = remote.get();
            if (stage == null) {
                return CompletableFuture.failedFuture(new NullPointerException("a port returned no stage"));
            }
            return stage;
        } catch (RuntimeException | Error e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The failure itself, without the wrappers completion stages add. */
    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** Rethrows a failure inside a stage's function without wrapping a {@link CompletionException} twice. */
    static CompletionException asCompletion(Throwable failure) {
        return failure instanceof CompletionException ? (CompletionException) failure : new CompletionException(failure);
    }

    /**
     * Runs {@code step} with the outcome of {@code stage} on {@code executor} (so callbacks never hold an I/O
     * thread and long page loops do not grow the stack). Whatever {@code step} throws, and a rejected
     * hand-off, fails {@code result}.
     */
    static <T> void continueOn(CompletionStage<T> stage, Executor executor, CompletableFuture<?> result,
                               BiConsumer<? super T, ? super Throwable> step) {
        stage.handleAsync((value, failure) -> {
            step.accept(value, failure == null ? null : unwrap(failure));
            return null;
        }, executor).whenComplete((ignored, failure) -> {
            if (failure != null) {
                result.completeExceptionally(unwrap(failure));
            }
        });
    }
}
