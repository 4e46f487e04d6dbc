package io.capitalist4j.adapter.http;

import io.capitalist4j.adapter.csv.wire.WireOperation;
import io.capitalist4j.domain.error.TransportException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The API as {@link VertxHttp} hands it out. Closing it fails every call still in flight at once, whatever
 * the machinery underneath was waiting for (an answer, a token, a backoff timer that will never fire on a
 * closed Vert.x), and every later call fails before a byte is sent. A closed client answers, it never hangs.
 */
final class ClosingApi implements CapitalistHttpApi {

    private final CapitalistHttpApi machinery;
    /** Each call in flight and the wire name of its operation. */
    private final Map<CompletableFuture<?>, String> inFlight = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    ClosingApi(CapitalistHttpApi machinery) {
        this.machinery = machinery;
    }

    @Override
    public <T> CompletionStage<T> call(WireOperation<T> operation, Map<String, String> fields) {
        return guarded(operation, () -> machinery.call(operation, fields));
    }

    /**
     * Fails the calls in flight with a {@link TransportException} that says the request may have reached the
     * server (an upload among them may have been accepted), then closes the machinery. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        inFlight.forEach((call, operation) -> call.completeExceptionally(new TransportException(operation,
                operation + ": the client was closed while the call was in flight; the request may have reached the server",
                true, null)));
        inFlight.clear();
        machinery.close();
    }

    private <T> CompletionStage<T> guarded(WireOperation<?> operation, Supplier<CompletionStage<T>> call) {
        String name = operation.wireName();
        if (closed.get()) {
            return CompletableFuture.failedFuture(notSent(name));
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        inFlight.put(result, name);
        if (closed.get()) {
            // close() ran between the two checks and may have missed this call; nothing was handed on yet
            inFlight.remove(result);
            return CompletableFuture.failedFuture(notSent(name));
        }
        CompletionStage<T> stage;
        try {
            stage = call.get();
        } catch (RuntimeException | Error e) {
            inFlight.remove(result);
            throw e; // bad arguments stay synchronous, as the port's callers expect
        }
        stage.whenComplete((value, failure) -> {
            inFlight.remove(result);
            if (failure == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
            }
        });
        return result;
    }

    private static TransportException notSent(String operation) {
        return new TransportException(operation, operation + ": the client is closed; the request was not sent",
                false, null);
    }
}
