package io.capitalist4j.reliability.support;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waiting for a stage with a hang guard. The guard is generous: it is not a timing assertion, it only turns
 * "never completes" into a failing test instead of a stuck build.
 */
public final class Stages {

    public static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private Stages() {
    }

    /** How a stage ended: a value or a failure (unwrapped), never "still running". */
    public record Settled<T>(T value, Throwable failure) {
        public boolean succeeded() {
            return failure == null;
        }
    }

    public static <T> Settled<T> settle(CompletionStage<T> stage) {
        return settle(stage, HANG_GUARD);
    }

    public static <T> Settled<T> settle(CompletionStage<T> stage, Duration guard) {
        try {
            return new Settled<>(stage.toCompletableFuture().get(guard.toMillis(), TimeUnit.MILLISECONDS), null);
        } catch (ExecutionException | CompletionException e) {
            return new Settled<>(null, unwrap(e));
        } catch (CancellationException e) {
            return new Settled<>(null, e);
        } catch (TimeoutException e) {
            return fail("the stage did not complete within the hang guard of " + guard);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    /** The value, failing the test with the stage's failure as cause. */
    public static <T> T value(CompletionStage<T> stage) {
        Settled<T> s = settle(stage);
        if (!s.succeeded()) {
            throw new AssertionError("the stage failed: " + s.failure(), s.failure());
        }
        return s.value();
    }

    public static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof ExecutionException || c instanceof CompletionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }
}
