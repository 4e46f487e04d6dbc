package io.capitalist4j.adapter.cli;

import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * Ctrl-C for a command that waits: {@link #request} (from the shutdown hook, on SIGINT or SIGTERM) interrupts the
 * thread while it is inside {@link #during}, where interrupting is safe (it only waits for an answer or for the next
 * poll: the work itself runs on the client's threads, and the journal's database is never interrupted mid-write).
 * Outside such a section the request is remembered, and the next section ends at once.
 */
final class Interruption {
    private final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
    private boolean requested;
    private Thread waiting;

    /** The command has printed all it had to say (what follows is only closing connections). */
    void commandEnded() {
        ended.countDown();
    }

    /** Waits, at most {@code grace}, until the command has printed all it had to say. */
    void awaitEnd(java.time.Duration grace) throws InterruptedException {
        ended.await(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Asks the command to stop: the thread inside {@link #during}, if any, is interrupted now. */
    synchronized void request() {
        requested = true;
        if (waiting != null) {
            waiting.interrupt();
        }
    }

    synchronized boolean requested() {
        return requested;
    }

    /**
     * Runs {@code section} so that {@link #request} can end it.
     *
     * @throws Interrupted when a stop was requested before or during the section
     */
    <T> T during(Supplier<T> section) {
        enter();
        try {
            return section.get();
        } catch (CancellationException e) {
            // the blocking client's answer to an interrupt while it waited
            if (requested()) {
                throw new Interrupted();
            }
            throw e;
        } catch (InterruptedWait e) {
            throw new Interrupted();
        } finally {
            leave();
        }
    }

    private synchronized void enter() {
        if (requested) {
            throw new Interrupted();
        }
        waiting = Thread.currentThread();
    }

    private synchronized void leave() {
        waiting = null;
        // an interrupt meant for the section must not end a later, unrelated wait (closing a connection, say)
        Thread.interrupted();
    }

    /** A wait inside {@link #during} saw the interrupt (for waits that are not the blocking client's). */
    static final class InterruptedWait extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InterruptedWait(InterruptedException cause) {
            super("interrupted", cause);
        }
    }

    /** The section was ended by a stop request; the caller says where things stand. */
    static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Interrupted() {
            super("interrupted (Ctrl-C)");
        }
    }
}
