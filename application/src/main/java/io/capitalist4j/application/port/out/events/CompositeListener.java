package io.capitalist4j.application.port.out.events;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** Several listeners as one; a failing one is isolated from the others and from the client. */
final class CompositeListener implements CapitalistListener {

    private static final System.Logger LOG = System.getLogger(CapitalistListener.class.getName());

    private final List<CapitalistListener> listeners;
    private final List<AtomicBoolean> failedBefore;

    private CompositeListener(List<CapitalistListener> listeners) {
        this.listeners = listeners;
        this.failedBefore = listeners.stream().map(l -> new AtomicBoolean()).toList();
    }

    static CapitalistListener of(List<CapitalistListener> listeners) {
        List<CapitalistListener> all = List.copyOf(Objects.requireNonNull(listeners, "listeners"));
        List<CapitalistListener> some = all.stream().filter(l -> l != NONE).toList();
        return some.isEmpty() ? NONE : new CompositeListener(some);
    }

    @Override
    public void onCall(CallEvent e) {
        tellEach(l -> l.onCall(e), "onCall");
    }

    @Override
    public void onBatchState(BatchStateEvent e) {
        tellEach(l -> l.onBatchState(e), "onBatchState");
    }

    @Override
    public void onJournal(JournalEvent e) {
        tellEach(l -> l.onJournal(e), "onJournal");
    }

    private void tellEach(Consumer<CapitalistListener> tell, String method) {
        for (int i = 0; i < listeners.size(); i++) {
            CapitalistListener listener = listeners.get(i);
            try {
                tell.accept(listener);
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (Throwable failure) { // the listener's own failure: never the payout's, never another listener's
                boolean first = failedBefore.get(i).compareAndSet(false, true);
                LOG.log(first ? System.Logger.Level.WARNING : System.Logger.Level.DEBUG,
                        () -> "listener " + listener.getClass().getName() + "." + method + " failed; the client goes on"
                                + (first ? " (its later failures are logged at DEBUG)" : ""), failure);
            }
        }
    }

    @Override
    public String toString() {
        return "CapitalistListener.composite" + listeners;
    }
}
