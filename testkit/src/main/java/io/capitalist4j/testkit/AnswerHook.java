package io.capitalist4j.testkit;

/**
 * Called by {@link FakeCapitalistServer} after an operation has run, so that its effects are in the bank (an
 * accepted upload is stored, its records exist), and before its answer is written. It runs on a worker thread of
 * the server, never on the event loop, and may block: the answer waits until it returns, so a test can hold the
 * answer of an accepted upload while it kills the client that sent it, or count what the server did.
 *
 * <p>It is not called for requests refused before the operation runs (a fault that does not process, a request
 * that does not ask for JSON), and {@link InMemoryCapitalistApi} never calls it: it has no answer to hold. A hook
 * that throws is reported on standard error and the answer is written as if it had returned.
 */
@FunctionalInterface
public interface AnswerHook {

    /** The default: every answer is written at once. */
    AnswerHook NONE = (operation, code) -> {
    };

    /**
     * @param operation the {@code operation} field of the request, e.g. {@code import_batch_advanced}
     * @param code      the code of the answer about to be written; 0 when the operation succeeded
     * @throws InterruptedException when the thread is interrupted while the hook waits; the answer is written
     */
    void beforeAnswer(String operation, int code) throws InterruptedException;
}
