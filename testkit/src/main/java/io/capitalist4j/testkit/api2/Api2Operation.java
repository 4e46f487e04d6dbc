package io.capitalist4j.testkit.api2;

/** The endpoints the fake API2 server serves (reference §3, §4), for faults and the request log. */
public enum Api2Operation {
    /** {@code GET /v1/account/list?currency=} */
    ACCOUNT_LIST,
    /** {@code GET /v1/rate?from=&to=} */
    RATE,
    /** {@code POST /v1/exchange} */
    EXCHANGE,
    /** {@code POST /v1/payment} */
    PAYMENT_CREATE,
    /** {@code GET /v1/payment/{userRequestId}} */
    PAYMENT_BY_USER_REQUEST_ID,
    /** {@code GET /v1/payment/document/{documentId}} */
    PAYMENT_BY_DOCUMENT_ID,
    /** {@code GET /v1/transactions} */
    TRANSACTIONS,
    /** {@code GET /v1/whitelist} */
    WHITELIST_LIST,
    /** {@code POST /v1/whitelist} */
    WHITELIST_ADD,
    /** {@code POST /v1/whitelist/remove} */
    WHITELIST_REMOVE,
    /** {@code GET /v1/depositAddress/{currency}} */
    DEPOSIT_ADDRESS,
    /** {@code GET /v1/depositAddressAutoUSDTt/{account}} */
    DEPOSIT_ADDRESS_AUTO_USDTT,
    /** Any path the server does not serve (answered 404 after authentication). */
    UNKNOWN
}
