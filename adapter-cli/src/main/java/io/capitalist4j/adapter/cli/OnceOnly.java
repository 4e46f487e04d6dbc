package io.capitalist4j.adapter.cli;

import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.domain.error.TransportException;
import java.util.function.Supplier;

/**
 * The commands whose operation changes state and is never repeated: when no usable answer came back the
 * operation may or may not have been carried out, and the user is told how to find out before trying again.
 */
final class OnceOnly {

    private OnceOnly() {
    }

    static <T> T send(String operation, String howToCheck, RootCommand root, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            Throwable cause = Failures.unwrap(e); // API2 stages fail wrapped
            if (cause instanceof TransportException || cause instanceof HttpStatusException) {
                root.terminal().err().println("note: " + operation + " may have reached the server and was not sent "
                        + "again; " + howToCheck);
            }
            throw e;
        }
    }
}
