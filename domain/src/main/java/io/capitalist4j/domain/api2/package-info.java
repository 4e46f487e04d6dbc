/**
 * The values of Capitalist API2 (api2.capitalist.net): one payout per request keyed by your own
 * {@code userRequestId}, its states, accounts, rates, transactions, the IP whitelist and deposit addresses, and
 * {@link io.capitalist4j.domain.api2.Api2Payouts}, which turns a v1 payment order into an API2 payment request.
 * Pure values: no JSON, no HTTP.
 */
package io.capitalist4j.domain.api2;
