package io.capitalist4j.application.port.out.journal;

/**
 * The journal cannot be used: its database is unreachable, its schema is newer than this code, or a statement
 * failed. Nothing that needed a claim was sent.
 */
public class JournalUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public JournalUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public JournalUnavailableException(String message) {
        super(message);
    }
}
