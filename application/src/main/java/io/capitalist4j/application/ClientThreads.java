package io.capitalist4j.application;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The client's own threads when the caller supplies none: daemons, so they never keep a JVM alive. */
final class ClientThreads {

    static final int DEFAULT_WORKERS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private ClientThreads() {
    }

    static ExecutorService workers() {
        return new ThreadPoolExecutor(DEFAULT_WORKERS, DEFAULT_WORKERS, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), daemons("capitalist4j-worker-"), ClientThreads::refuse);
    }

    static ScheduledExecutorService scheduler() {
        ScheduledThreadPoolExecutor scheduler =
                new ScheduledThreadPoolExecutor(1, daemons("capitalist4j-scheduler-"), ClientThreads::refuse);
        // A pause still pending at close belongs to a wait that close() has failed: drop it, do not wait it out.
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }

    /** Work handed over after close fails with a message that says why, not with the pool's internals. */
    private static void refuse(Runnable task, ThreadPoolExecutor pool) {
        throw OpenRuns.closedFailure();
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
