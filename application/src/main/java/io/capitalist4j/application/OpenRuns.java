package io.capitalist4j.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The runs the client drives over many calls (waits, page walks, reconciliations) that have not ended yet. A wait
 * may be paused for an hour between two polls: {@link #closeAll()} fails every run at once, so none of them
 * learns of the close only at its next step, and none starts after it.
 */
final class OpenRuns {

    private final Set<CompletableFuture<?>> open = new HashSet<>();
    private boolean closed;

    /** What every run and every refused piece of work fails with once the client is closed. */
    static IllegalStateException closedFailure() {
        return new IllegalStateException("the Capitalist client is closed: nothing more is done or sent");
    }

    /** The result of a new run, already failed when the client is closed; forgotten here once it completes. */
    <T> CompletableFuture<T> start() {
        CompletableFuture<T> result = new CompletableFuture<>();
        synchronized (this) {
            if (!closed) {
                open.add(result);
                result.whenComplete((value, failure) -> forget(result));
                return result;
            }
        }
        result.completeExceptionally(closedFailure());
        return result;
    }

    /** Fails every run still open (outside the lock: callers' callbacks run on this thread) and refuses new ones. */
    void closeAll() {
        List<CompletableFuture<?>> running;
        synchronized (this) {
            closed = true;
            running = List.copyOf(open);
            open.clear();
        }
        running.forEach(run -> run.completeExceptionally(closedFailure()));
    }

    private synchronized void forget(CompletableFuture<?> result) {
        open.remove(result);
    }
}
