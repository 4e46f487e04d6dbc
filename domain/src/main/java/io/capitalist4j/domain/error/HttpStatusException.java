package io.capitalist4j.domain.error;

import io.capitalist4j.domain.auth.Printable;

/**
 * The server answered with an HTTP status other than 200; the body excerpt is at most a few hundred characters,
 * with card numbers masked and control characters escaped.
 */
public final class HttpStatusException extends CapitalistException {

    private final int status;
    private final String bodyExcerpt;

    public HttpStatusException(String operation, int status, String bodyExcerpt) {
        super(operation, operation + " answered HTTP " + status + ": " + bodyExcerpt, null);
        this.status = status;
        this.bodyExcerpt = Printable.of(bodyExcerpt);
    }

    public int status() {
        return status;
    }

    public String bodyExcerpt() {
        return bodyExcerpt;
    }
}
