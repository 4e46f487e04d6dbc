package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * An operation's {@code data} read from the JSON token stream rather than from a tree. It must reach the
 * same decision as the operation's tree mapping for every body: the same value, or the same problem.
 *
 * <p>A problem with the content (a wrong type, a bad number) does not stop the reading: the reader goes on
 * to the end of {@code data} so that a malformed body later on is still reported as malformed, as the tree,
 * which parses everything before it maps anything, reports it. Malformed JSON (including a duplicate key)
 * ends the reading at once with a {@link com.fasterxml.jackson.core.JsonProcessingException}.
 */
interface StreamedPayload<T> {

    /**
     * Reads {@code data}. The parser stands on its first token and is left on its last.
     *
     * @param body the whole answer, for the position of a duplicate key
     */
    Payload<T> read(JsonParser parser, byte[] body) throws IOException;

    /** The answer has no {@code data}. */
    Payload<T> missing();

    /** The value read, or the first problem with it (then the value is null). */
    final class Payload<T> {

        private final T value;
        private final RuntimeException problem;

        private Payload(T value, RuntimeException problem) {
            this.value = value;
            this.problem = problem;
        }

        static <T> Payload<T> of(T value) {
            return new Payload<>(java.util.Objects.requireNonNull(value, "value"), null);
        }

        static <T> Payload<T> problem(RuntimeException problem) {
            return new Payload<>(null, java.util.Objects.requireNonNull(problem, "problem"));
        }

        /** The value, or the problem thrown. */
        T value() {
            if (problem != null) {
                throw problem;
            }
            return value;
        }
    }
}
