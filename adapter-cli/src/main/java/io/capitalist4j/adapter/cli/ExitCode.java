package io.capitalist4j.adapter.cli;

/** The process exit codes; scripts rely on them, so they never change meaning. */
final class ExitCode {
    static final int OK = 0;
    /** The API answered with an error code (printed with its message). */
    static final int API_ERROR = 1;
    /** Bad usage or bad input: a wrong option, an unreadable file, a bad batch line. */
    static final int BAD_INPUT = 2;
    /**
     * An upload may or may not have happened: run {@code journal recover} (or reconcile) before sending again; also
     * {@code journal recover} leaving numbers in doubt.
     */
    static final int OUTCOME_UNKNOWN = 3;
    /** The server could not be reached or the connection failed, or the payout journal cannot be used. */
    static final int TRANSPORT = 4;
    /** {@code --wait} gave up at its deadline; the batch goes on. */
    static final int STILL_RUNNING = 5;
    /** Refused: would pay twice. The journal holds payment numbers of the file; nothing was uploaded. */
    static final int WOULD_PAY_TWICE = 6;
    /**
     * A person must look: a payment number is carried by several documents or by one that differs from the file
     * ({@code reconcile}). None of those numbers may be sent again.
     */
    static final int NEEDS_ATTENTION = 7;
    /**
     * Interrupted (Ctrl-C, SIGINT; 128 + 2 as shells report a process ended by it): a wait stopped where it stood and
     * the batch goes on; an upload stopped before its answer is an unknown outcome, as for {@link #OUTCOME_UNKNOWN}.
     */
    static final int INTERRUPTED = 130;
    /** A bug: the failure was not foreseen. */
    static final int INTERNAL = 70;

    private ExitCode() {
    }
}
