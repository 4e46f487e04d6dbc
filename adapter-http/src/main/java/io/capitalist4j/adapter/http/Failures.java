package io.capitalist4j.adapter.http;

import io.capitalist4j.domain.auth.KnownSecrets;
import io.capitalist4j.domain.error.ApiError;
import io.capitalist4j.domain.error.CapitalistException;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.error.RequestTimeoutException;
import io.capitalist4j.domain.error.TransportException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Turns what Vert.x fails with into the catalogue. The one fact that matters for payments is whether the
 * request may have reached the server: only failures before a connection existed say it did not.
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

    /**
     * Refused, unknown host, connect timeout, waiting for a pooled connection, or a failed TLS handshake:
     * in all of these no request byte was written (TLS sends application data only after the handshake).
     */
    static boolean neverConnected(Throwable failure) {
        if (find(failure, ConnectException.class) != null || find(failure, UnknownHostException.class) != null
                || find(failure, UnresolvedAddressException.class) != null
                || find(failure, SSLHandshakeException.class) != null) {
            return true;
        }
        TimeoutException timeout = find(failure, TimeoutException.class);
        // Vert.x: "The timeout of N ms has been exceeded when getting a connection to host:port".
        return timeout != null && timeout.getMessage() != null && timeout.getMessage().contains("getting a connection");
    }

    /** The server's message with every known secret masked: a server may echo the request in its error text. */
    static ApiError masked(ApiError error, KnownSecrets secrets) {
        String message = secrets.mask(error.message());
        return message.equals(error.message()) ? error : new ApiError(error.code(), message);
    }

    /**
     * A decoding failure quotes the answer, which may echo a secret; then the secret is masked in the message and
     * the cause (a parser's own message quotes the answer too, unmasked) is left out.
     */
    static DecodingException masked(DecodingException failure, KnownSecrets secrets) {
        boolean echoes = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            echoes |= message != null && !secrets.mask(message).equals(message);
        }
        if (!echoes) {
            return failure;
        }
        return new DecodingException(failure.operation(), secrets.mask(failure.getMessage()), null);
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
