package io.capitalist4j.application;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The client's own threads when the caller supplies none: daemons, so they never keep a JVM alive. */
final class ClientThreads {

    static final int DEFAULT_WORKERS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private ClientThreads() {
    }

    static ExecutorService workers() {
        return Executors.newFixedThreadPool(DEFAULT_WORKERS, daemons("capitalist4j-worker-"));
    }

    static ScheduledExecutorService scheduler() {
        return Executors.newSingleThreadScheduledExecutor(daemons("capitalist4j-scheduler-"));
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
