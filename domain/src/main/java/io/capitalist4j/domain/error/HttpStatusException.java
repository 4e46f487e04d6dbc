package io.capitalist4j.domain.error;

import io.capitalist4j.domain.auth.Printable;
import java.util.Objects;
import java.util.Optional;

/**
 * The server answered with an HTTP error status; the body excerpt is at most a few hundred characters, with card
 * numbers masked and control characters escaped. v1 reports its failures in a 200 envelope, so for v1 this is the
 * unexpected case; API2 reports every failure so, with {@code {"error": "..."}} as the body:
 * {@link #serverMessage()} is that text and {@link #category()} what the status says (authentication, request
 * rejected, not found, rate limited, server failure; {@link ErrorCategory#ofHttpStatus}).
 */
public final class HttpStatusException extends CapitalistException {

    private final int status;
    private final String bodyExcerpt;
    private final Optional<String> serverMessage;

    public HttpStatusException(String operation, int status, String bodyExcerpt) {
        super(operation, operation + " answered HTTP " + status + ": " + bodyExcerpt, null);
        this.status = status;
        this.bodyExcerpt = Printable.of(bodyExcerpt);
        this.serverMessage = Optional.empty();
    }

    /** An error the server explained in its own words ({@code error} of an API2 error body), already masked. */
    public HttpStatusException(String operation, int status, String bodyExcerpt, String serverMessage) {
        super(operation, operation + " answered HTTP " + status + " ("
                + ErrorCategory.ofHttpStatus(status).name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + "): " + Objects.requireNonNull(serverMessage, "serverMessage"), null);
        this.status = status;
        this.bodyExcerpt = Printable.of(bodyExcerpt);
        this.serverMessage = Optional.of(Printable.of(serverMessage));
    }

    public int status() {
        return status;
    }

    public String bodyExcerpt() {
        return bodyExcerpt;
    }

    /** The server's own explanation, when the body carried one ({@code {"error": "..."}}). */
    public Optional<String> serverMessage() {
        return serverMessage;
    }

    /** What the status says: see {@link ErrorCategory#ofHttpStatus}. */
    public ErrorCategory category() {
        return ErrorCategory.ofHttpStatus(status);
    }

    /** Whether the same call may succeed later: throttling (429) and server failures (5xx). */
    public boolean retryable() {
        ErrorCategory category = category();
        return category == ErrorCategory.RATE_LIMITED || category == ErrorCategory.SYSTEM;
    }
}
