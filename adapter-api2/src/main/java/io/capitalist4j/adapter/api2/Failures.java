package io.capitalist4j.adapter.api2;

import io.capitalist4j.domain.error.CapitalistException;
import io.capitalist4j.domain.error.RequestTimeoutException;
import io.capitalist4j.domain.error.TransportException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Turns what Vert.x fails with into the catalogue. The one fact that matters for payments is whether the request
 * may have reached the server: only failures before a connection existed say it did not.
 */
final class Failures {

    private Failures() {
    }

    static CapitalistException transport(String operation, Throwable failure) {
        if (failure instanceof CapitalistException) {
            return (CapitalistException) failure;
        }
        String what = describe(failure);
        if (neverConnected(failure)) {
            return new TransportException(operation, operation + ": no connection to the server (" + what
                    + "); the request was not sent", false, failure);
        }
        if (find(failure, TimeoutException.class) != null) {
            return new RequestTimeoutException(operation, operation + ": the answer stalled (" + what
                    + "); the request may have been processed", failure);
        }
        return new TransportException(operation, operation + ": the exchange broke off (" + what
                + "); the request may have reached the server", true, failure);
    }

    /** Refused, unknown host, connect timeout, no pooled connection, failed TLS handshake: nothing was written. */
    static boolean neverConnected(Throwable failure) {
        if (find(failure, ConnectException.class) != null || find(failure, UnknownHostException.class) != null
                || find(failure, UnresolvedAddressException.class) != null
                || find(failure, SSLHandshakeException.class) != null) {
            return true;
        }
        TimeoutException timeout = find(failure, TimeoutException.class);
        return timeout != null && timeout.getMessage() != null && timeout.getMessage().contains("getting a connection");
    }

    private static <E extends Throwable> E find(Throwable failure, Class<E> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
