package io.capitalist4j.domain.error;

/** What kind of failure a code reports, and so who can fix it. */
public enum ErrorCategory {
    /** The call succeeded. */
    NONE,
    /** Login, password, token or account lock. */
    AUTHENTICATION,
    /** The request was refused as sent (unknown operation, bad parameters, paging). */
    REQUEST_REJECTED,
    /** Source account missing or not enough money. */
    FUNDS,
    /** The batch text: characters, size, parsing, amounts. */
    BATCH_FORMAT,
    /** Signature, PIN or SMS code. */
    VERIFICATION,
    /** get_document_fee parameters. */
    FEE,
    /** The server failed or a payment type is unavailable. */
    SYSTEM,
    /** API2: the id asked for (a payment, a document) is not known to the server (HTTP 404). */
    NOT_FOUND,
    /** API2: too many calls; the server throttles (HTTP 429). Asking again later can help. */
    RATE_LIMITED,
    /** A code the published table does not list, or an HTTP status that says nothing more. */
    UNKNOWN;

    /**
     * What an HTTP error status says on its own, as API2 reports its failures (a status and free text, no code):
     * 401 and 403 authentication (key, timestamp, signature, IP whitelist), 400 and 422 the request refused as sent,
     * 404 not found, 429 rate limited, 5xx the server failed; anything else unknown.
     */
    public static ErrorCategory ofHttpStatus(int status) {
        if (status == 401 || status == 403) {
            return AUTHENTICATION;
        }
        if (status == 400 || status == 422) {
            return REQUEST_REJECTED;
        }
        if (status == 404) {
            return NOT_FOUND;
        }
        if (status == 429) {
            return RATE_LIMITED;
        }
        if (status >= 500 && status <= 599) {
            return SYSTEM;
        }
        return UNKNOWN;
    }
}
