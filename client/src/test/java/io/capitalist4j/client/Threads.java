package io.capitalist4j.client;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** The threads a test started, told apart from the JVM's and the sandbox server's. */
final class Threads {

    private Threads() {
    }

    static Set<Thread> live() {
        return Thread.getAllStackTraces().keySet();
    }

    /**
     * Threads alive now that were not in {@code before} and do not belong to {@code exclude} (the sandbox
     * server's group): the Vert.x and capitalist4j threads by name, and any other non-daemon thread.
     */
    static List<Thread> startedSince(Set<Thread> before, ThreadGroup exclude) {
        return live().stream()
                .filter(t -> !before.contains(t))
                .filter(t -> !within(t, exclude))
                .filter(t -> ours(t.getName()) || !t.isDaemon())
                .collect(Collectors.toList());
    }

    static boolean ours(String name) {
        return name.startsWith("vert.x-") || name.startsWith("vertx-") || name.startsWith("capitalist4j-");
    }

    /** The names of those threads still alive after waiting up to {@code limit} for each to end. */
    static List<String> stillAliveAfter(List<Thread> threads, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        for (Thread thread : threads) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left > 0) {
                thread.join(left);
            }
        }
        return threads.stream().filter(Thread::isAlive)
                .map(t -> t.getName() + (t.isDaemon() ? " (daemon)" : " (non-daemon)"))
                .collect(Collectors.toList());
    }

    private static boolean within(Thread thread, ThreadGroup group) {
        for (ThreadGroup g = thread.getThreadGroup(); g != null; g = g.getParent()) {
            if (g == group) {
                return true;
            }
        }
        return false;
    }
}
