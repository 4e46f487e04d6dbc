package io.capitalist4j.testkit.scripted;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The answers a test has lined up: a queue per operation, then that operation's default, then the default for
 * every operation. Taken in the order requests are read.
 */
final class Script {

    /** Loud on purpose: a request nobody scripted must not look like a plausible answer. */
    static final Responder UNSCRIPTED = request -> Answer.text(501,
            "no answer scripted for operation '" + request.operation() + "'");

    private final Map<String, Deque<Responder>> queues = new HashMap<>();
    private final Map<String, Responder> defaults = new HashMap<>();
    private Responder fallback = UNSCRIPTED;

    synchronized void enqueue(String operation, Responder... responders) {
        Deque<Responder> queue = queues.computeIfAbsent(Objects.requireNonNull(operation, "operation"),
                k -> new ArrayDeque<>());
        for (Responder responder : responders) {
            queue.addLast(Objects.requireNonNull(responder, "responder"));
        }
    }

    synchronized void byDefault(String operation, Responder responder) {
        defaults.put(Objects.requireNonNull(operation, "operation"), Objects.requireNonNull(responder, "responder"));
    }

    synchronized void byDefault(Responder responder) {
        fallback = Objects.requireNonNull(responder, "responder");
    }

    synchronized int queued(String operation) {
        Deque<Responder> queue = queues.get(operation);
        return queue == null ? 0 : queue.size();
    }

    synchronized Responder next(String operation) {
        Deque<Responder> queue = queues.get(operation);
        if (queue != null && !queue.isEmpty()) {
            return queue.pollFirst();
        }
        return defaults.getOrDefault(operation, fallback);
    }
}
