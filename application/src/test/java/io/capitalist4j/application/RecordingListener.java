package io.capitalist4j.application;

import io.capitalist4j.application.port.out.events.BatchStateEvent;
import io.capitalist4j.application.port.out.events.CallEvent;
import io.capitalist4j.application.port.out.events.CallOutcome;
import io.capitalist4j.application.port.out.events.CapitalistListener;
import io.capitalist4j.application.port.out.events.JournalEvent;
import io.capitalist4j.application.port.out.events.JournalTransition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Keeps every event it is told, in order, from any thread. */
final class RecordingListener implements CapitalistListener {

    final List<CallEvent> calls = Collections.synchronizedList(new ArrayList<>());
    final List<BatchStateEvent> states = Collections.synchronizedList(new ArrayList<>());
    final List<JournalEvent> journal = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void onCall(CallEvent e) {
        calls.add(e);
    }

    @Override
    public void onBatchState(BatchStateEvent e) {
        states.add(e);
    }

    @Override
    public void onJournal(JournalEvent e) {
        journal.add(e);
    }

    /** "operation outcome code" of every call, in order. */
    List<String> callSummary() {
        synchronized (calls) {
            return calls.stream().map(c -> c.operation() + " " + c.outcome() + c.code().map(x -> " " + x).orElse(""))
                    .toList();
        }
    }

    List<String> callsOf(String operation, CallOutcome outcome) {
        synchronized (calls) {
            return calls.stream().filter(c -> c.operation().equals(operation) && c.outcome() == outcome)
                    .map(c -> c.code().orElse("none")).toList();
        }
    }

    /** How many numbers each transition moved, all events summed. */
    Map<JournalTransition, Integer> journalCounts() {
        Map<JournalTransition, Integer> counts = new TreeMap<>();
        synchronized (journal) {
            journal.forEach(e -> counts.merge(e.transition(), e.count(), Integer::sum));
        }
        return counts;
    }

    /** "from>to" of every state event, in order ("-" for a first sighting). */
    List<String> stateSummary() {
        synchronized (states) {
            return states.stream().map(s -> s.from().orElse("-") + ">" + s.to()).toList();
        }
    }
}
