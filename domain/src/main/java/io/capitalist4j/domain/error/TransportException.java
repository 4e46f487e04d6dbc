package io.capitalist4j.domain.error;

/**
 * The call did not complete: connection refused or reset, TLS failure, timeout. {@link #mayHaveReachedServer()}
 * is false only when the request certainly did not leave (e.g. the connection was never established).
 */
public sealed class TransportException extends CapitalistException permits RequestTimeoutException {

    private final boolean mayHaveReachedServer;

    public TransportException(String operation, String message, boolean mayHaveReachedServer, Throwable cause) {
        super(operation, message, cause);
        this.mayHaveReachedServer = mayHaveReachedServer;
    }

    public boolean mayHaveReachedServer() {
        return mayHaveReachedServer;
    }
}
