package io.capitalist4j.testkit.scripted;

/**
 * A way for an answer to go wrong on the wire. Each fault happens after the whole request has been read (and
 * after the answer's delay), so the request is always recorded: this is the "the server got it, the client
 * did not get the answer" case a payments client must treat as outcome unknown.
 */
public enum WireFault {

    /** Closes the connection without a byte of answer (a FIN). */
    CLOSE,

    /** Aborts the connection with a TCP reset (RST) instead of an answer. */
    RESET,

    /** Never answers and keeps the connection open, until the client gives up or the server closes. */
    NO_ANSWER,

    /** Sends the status and headers with the full Content-Length, then half the body, then closes. */
    TRUNCATED_BODY,

    /** Sends a chunked answer whose first chunk holds half the body, then closes before the last chunk. */
    TRUNCATED_CHUNKED,

    /** Announces a chunked body, then sends a chunk-size line that is not hexadecimal, then closes. */
    MALFORMED_CHUNK,

    /**
     * Sends the status and headers at once (a {@code Content-Length} of the body's size unless the answer sets
     * one, which may lie), then the body one byte a second, then holds the connection open: a slow-loris server.
     */
    TRICKLE,

    /** Sends the status and headers of a chunked answer, then the body again and again, without end, as fast as the
     * client reads, until the client goes away. */
    ENDLESS_CHUNKED
}
