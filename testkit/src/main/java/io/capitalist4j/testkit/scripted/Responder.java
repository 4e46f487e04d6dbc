package io.capitalist4j.testkit.scripted;

/**
 * Chooses the answer to one request. It runs on the server's event loop, so it must not block; it may read
 * the request and any state the test shares with it (use thread-safe types for that state).
 */
@FunctionalInterface
public interface Responder {

    Answer answer(ReceivedRequest request);
}
