package io.capitalist4j.application.port.out.events;

import java.util.List;

/**
 * Told what a client does, for metrics and tracing: each remote call ({@link CallEvent}), each payout state seen
 * while following a batch ({@link BatchStateEvent}), each journal transition ({@link JournalEvent}). Every method
 * does nothing unless overridden. Give one to a client's builder ({@code listener(...)}); the
 * {@code capitalist4j-micrometer} artifact has one that records Micrometer meters.
 *
 * <p>Methods are called on the client's threads (its workers, the HTTP client's threads) as things happen, from
 * several threads at once: an implementation is thread-safe and quick, and never blocks. What it throws is caught
 * and ignored by the client: a listener never fails a payout.
 */
public interface CapitalistListener {

    /** Listens to nothing: the client then adds no wrapper at all. */
    CapitalistListener NONE = new CapitalistListener() {
        @Override
        public String toString() {
            return "CapitalistListener.NONE";
        }
    };

    /** A remote call ended. */
    default void onCall(CallEvent e) {
    }

    /** A payout was seen in a state, the first time or after a change. */
    default void onBatchState(BatchStateEvent e) {
    }

    /** Payment numbers moved in the journal. */
    default void onJournal(JournalEvent e) {
    }

    /**
     * Tells every listener, in order. What one of them throws is caught, the others are still told, and the caller
     * never sees it; the first failure of each listener is logged ({@link System.Logger}, WARNING) and later ones
     * at DEBUG. An empty list gives {@link #NONE}.
     */
    static CapitalistListener composite(List<CapitalistListener> listeners) {
        return CompositeListener.of(listeners);
    }
}
