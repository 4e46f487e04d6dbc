package io.capitalist4j.application;

import io.capitalist4j.application.port.out.events.CallEvent;
import io.capitalist4j.application.port.out.events.CallOutcome;
import io.capitalist4j.application.port.out.events.CapitalistListener;
import io.capitalist4j.domain.error.ApiException;
import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.domain.error.OutcomeUnknownException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Times port calls and tells the listener how each ended. */
final class Calls {

    private final String protocol;
    private final CapitalistListener listener;

    Calls(String protocol, CapitalistListener listener) {
        this.protocol = protocol;
        this.listener = listener;
    }

    /** A call whose failures are what they say they are. */
    <T> CompletionStage<T> timed(String operation, Supplier<? extends CompletionStage<T>> call) {
        return timed(operation, call, failure -> false);
    }

    /**
     * A call whose failure is {@link CallOutcome#OUTCOME_UNKNOWN} also when {@code fateUnknown} says so (an upload the
     * client reports so, whatever the port failed with). The stage returned completes after the listener was told,
     * with the port's value or its very failure.
     */
    <T> CompletionStage<T> timed(String operation, Supplier<? extends CompletionStage<T>> call,
                                 Predicate<Throwable> fateUnknown) {
        long start = System.nanoTime();
        CompletionStage<T> stage = Async.call(call);
        CompletableFuture<T> observed = new CompletableFuture<>();
        stage.whenComplete((value, failure) -> {
            try {
                Duration took = Duration.ofNanos(Math.max(0, System.nanoTime() - start));
                listener.onCall(event(operation, took, failure == null ? null : Async.unwrap(failure), fateUnknown));
            } catch (RuntimeException ignored) {
                // only a listener's failure can land here; the call's outcome is the caller's, untouched
            } finally {
                if (failure != null) {
                    observed.completeExceptionally(failure);
                } else {
                    observed.complete(value);
                }
            }
        });
        return observed;
    }

    private CallEvent event(String operation, Duration took, Throwable failure, Predicate<Throwable> fateUnknown) {
        if (failure == null) {
            return new CallEvent(protocol, operation, took, CallOutcome.OK, Optional.empty());
        }
        if (failure instanceof OutcomeUnknownException || fateUnknown.test(failure)) {
            return new CallEvent(protocol, operation, took, CallOutcome.OUTCOME_UNKNOWN, Optional.empty());
        }
        if (failure instanceof ApiException) {
            return new CallEvent(protocol, operation, took, CallOutcome.API_ERROR,
                    Optional.of(String.valueOf(((ApiException) failure).code())));
        }
        if (failure instanceof HttpStatusException) {
            return new CallEvent(protocol, operation, took, CallOutcome.API_ERROR,
                    Optional.of("http-" + ((HttpStatusException) failure).status()));
        }
        // TransportException, DecodingException, and anything outside the catalogue: no usable answer
        return new CallEvent(protocol, operation, took, CallOutcome.TRANSPORT, Optional.empty());
    }
}
