package io.capitalist4j.benchmarks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Closes what a benchmark started without letting a slow or stuck close hang the run. */
final class Shutdown {

    private static final long WAIT_SECONDS = 5;

    private Shutdown() {
    }

    static void close(String what, AutoCloseable closeable) {
        CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            closing.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            System.err.println("note: " + what + " did not close within " + WAIT_SECONDS + " s; left to the JVM exit");
        } catch (ExecutionException e) {
            System.err.println("note: closing " + what + " failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
