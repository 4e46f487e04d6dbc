package io.capitalist4j.application.port.out.events;

/** How one remote call ended, as the caller of the client sees it. */
public enum CallOutcome {
    /** An answer was read and it was not an error. */
    OK,
    /**
     * The server answered with an error: a v1 error code, or an HTTP error status (every API2 error, a gateway's
     * status in front of v1). {@link CallEvent#code()} names it.
     */
    API_ERROR,
    /**
     * No usable answer: the connection failed or timed out, or the answer could not be read; also any failure from
     * outside the exception catalogue (a closed client, a bug).
     */
    TRANSPORT,
    /**
     * A call that moves money (a v1 upload, an API2 payment) may or may not have been taken: the client reports
     * {@link io.capitalist4j.domain.error.OutcomeUnknownException} and never sends it again without asking first.
     */
    OUTCOME_UNKNOWN
}
