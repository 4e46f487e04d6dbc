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
    /** A code the published table does not list. */
    UNKNOWN
}
