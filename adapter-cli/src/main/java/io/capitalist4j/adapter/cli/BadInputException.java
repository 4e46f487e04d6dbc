package io.capitalist4j.adapter.cli;

/** The user's input cannot be used (a missing secret, an unreadable file); exits with {@link ExitCode#BAD_INPUT}. */
final class BadInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }

    BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
