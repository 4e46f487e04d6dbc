package io.capitalist4j.testkit.scripted;

import io.vertx.core.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What is on the wire right now and the most there ever was: connections and requests in flight. It also holds
 * the gate that keeps answers back until enough requests wait at once, so a test can prove real concurrency
 * without sleeping.
 */
final class Traffic {

    /** One accepted connection and the requests on it that have no complete answer yet. */
    final class Link {
        final int ordinal;
        private final Set<Call> open = ConcurrentHashMap.newKeySet();

        private Link(int ordinal) {
            this.ordinal = ordinal;
        }
    }

    /** One request from its first byte until its answer is written, broken, or its connection is gone. */
    final class Call {
        private final Link link;
        private final AtomicBoolean finished = new AtomicBoolean();

        private Call(Link link) {
            this.link = link;
        }

        void finish() {
            if (finished.compareAndSet(false, true)) {
                link.open.remove(this);
                inFlight.decrementAndGet();
            }
        }
    }

    private final AtomicInteger connectionsOpened = new AtomicInteger();
    private final AtomicInteger openConnections = new AtomicInteger();
    private final AtomicInteger maxOpenConnections = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    private int holdUntil;
    private final List<Runnable> held = new ArrayList<>();

    Link connectionOpened() {
        maxOpenConnections.accumulateAndGet(openConnections.incrementAndGet(), Math::max);
        return new Link(connectionsOpened.incrementAndGet());
    }

    void connectionClosed(Link link) {
        openConnections.decrementAndGet();
        link.open.forEach(Call::finish);
    }

    Call requestStarted(Link link) {
        Call call = new Call(link);
        link.open.add(call);
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        return call;
    }

    synchronized void holdUntil(int requests) {
        if (requests < 1) {
            throw new IllegalArgumentException("requests to wait for must be at least 1, got " + requests);
        }
        holdUntil = requests;
    }

    /**
     * Runs {@code answer} on {@code context} now, or keeps it until {@code holdUntil} answers are kept; then all of
     * them run, each on its own connection's context, and the gate stays open.
     */
    void admit(Context context, Runnable answer) {
        List<Runnable> release;
        synchronized (this) {
            if (holdUntil == 0) {
                release = List.of(answer);
            } else {
                held.add(() -> context.runOnContext(v -> answer.run()));
                if (held.size() < holdUntil) {
                    return;
                }
                release = List.copyOf(held);
                held.clear();
                holdUntil = 0;
            }
        }
        release.forEach(Runnable::run);
    }

    synchronized int held() {
        return held.size();
    }

    int connectionsOpened() {
        return connectionsOpened.get();
    }

    int openConnections() {
        return openConnections.get();
    }

    int maxOpenConnections() {
        return maxOpenConnections.get();
    }

    int inFlight() {
        return inFlight.get();
    }

    int maxInFlight() {
        return maxInFlight.get();
    }
}
