package io.capitalist4j.reliability.journal;

import java.io.PrintStream;

/**
 * The lines a child process prints at each step of a journaled submit, flushed at once, so that the parent can
 * kill it at a chosen step. A marker is printed before the step it names starts or after it ended, never while
 * a lock is held on the output.
 */
final class Markers {

    static final String READY = "ready";
    static final String CLAIM_START = "claim-start";
    static final String CLAIM_COMMITTED = "claim-committed";
    static final String UPLOAD_START = "upload-start";
    static final String UPLOAD_ANSWERED = "upload-answered";
    static final String SUBMITTED = "submitted";
    static final String FAILED = "failed";

    private static final PrintStream OUT = System.out;

    private Markers() {
    }

    static void print(String marker) {
        synchronized (OUT) {
            OUT.println(marker);
            OUT.flush();
        }
    }
}
