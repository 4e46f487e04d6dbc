package io.capitalist4j.application.port.out.api2;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.api2.Api2Account;
import io.capitalist4j.domain.api2.Api2Created;
import io.capitalist4j.domain.api2.Api2Currencies;
import io.capitalist4j.domain.api2.Api2ExchangeRequest;
import io.capitalist4j.domain.api2.Api2Payment;
import io.capitalist4j.domain.api2.Api2PaymentRequest;
import io.capitalist4j.domain.api2.Api2Rate;
import io.capitalist4j.domain.api2.Api2TransactionPage;
import io.capitalist4j.domain.api2.Api2TransactionQuery;
import io.capitalist4j.domain.api2.DepositAddress;
import io.capitalist4j.domain.api2.WhitelistEntry;
import io.capitalist4j.domain.money.Currency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The remote operations of Capitalist API2 (api2.capitalist.net), one method each. Signing every request
 * (API key, timestamp, SHA-256 signature) is the implementation's business. Every stage fails with a
 * {@link io.capitalist4j.domain.error.CapitalistException}: an error answer is an
 * {@link io.capitalist4j.domain.error.HttpStatusException} whose {@code category()} says what it was
 * (authentication, request rejected, not found, rate limited, server failure).
 *
 * <p>{@link #createPayment} is never repeated by an implementation. When its answer is lost after the request may
 * have reached the server (connection reset, timeout, a 5xx, an answer that cannot be read) it fails with
 * {@link io.capitalist4j.domain.error.OutcomeUnknownException} naming the {@code userRequestId}: look the payment up
 * with {@link #paymentByUserRequestId} before sending anything again, and send again (with the same id) only when
 * that answers empty. Reads may be repeated after transient failures.
 */
public interface Api2Port {

    /** {@code GET /v1/account/list?currency=}: your accounts in this currency (API2 asks for one per call). */
    CompletionStage<List<Api2Account>> accounts(Currency currency);

    /**
     * Your accounts in every currency API2 documents ({@link Api2Currencies#ALL}): one call per currency, all at
     * once, the lists joined in that order. Fails when any call fails.
     */
    default CompletionStage<List<Api2Account>> accounts() {
        List<CompletableFuture<List<Api2Account>>> each = new ArrayList<>();
        for (Currency currency : Api2Currencies.ALL) {
            each.add(accounts(currency).toCompletableFuture());
        }
        return CompletableFuture.allOf(each.toArray(new CompletableFuture<?>[0])).thenApply(done -> {
            List<Api2Account> all = new ArrayList<>();
            each.forEach(one -> all.addAll(one.join()));
            return List.copyOf(all);
        });
    }

    /** {@code GET /v1/rate?from=&to=}. */
    CompletionStage<Api2Rate> rate(Currency from, Currency to);

    /** {@code POST /v1/exchange}; never repeated (it has no idempotency key). */
    CompletionStage<Void> exchange(Api2ExchangeRequest request);

    /** {@code POST /v1/payment}: one payout; never repeated (see above). */
    CompletionStage<Api2Created> createPayment(Api2PaymentRequest request);

    /**
     * {@code GET /v1/payment/{userRequestId}}; empty when the server says it knows no such payment (404 with an
     * error body, or a 400 whose error says "not found"). Any other failure fails the stage: then whether the
     * payment exists is unknown.
     */
    CompletionStage<Optional<Api2Payment>> paymentByUserRequestId(String userRequestId);

    /** {@code GET /v1/payment/document/{documentId}}; empty as for {@link #paymentByUserRequestId}. */
    CompletionStage<Optional<Api2Payment>> paymentByDocumentId(long documentId);

    /** {@code GET /v1/transactions}: one page; {@link Api2TransactionPage#next()} gives the next page's query. */
    CompletionStage<Api2TransactionPage> transactions(Api2TransactionQuery query);

    /** {@code GET /v1/whitelist}. */
    CompletionStage<List<WhitelistEntry>> whitelist();

    /** {@code POST /v1/whitelist}; never repeated. */
    CompletionStage<Void> addToWhitelist(List<WhitelistEntry> entries);

    /** {@code POST /v1/whitelist/remove}; never repeated. */
    CompletionStage<Void> removeFromWhitelist(List<WhitelistEntry> entries);

    /** {@code GET /v1/depositAddress/{currency}}: BTC, ETH, USDT, USDC, USDTt, USDCb or USDTb. Do not store it. */
    CompletionStage<DepositAddress> depositAddress(Currency currency);

    /**
     * {@code GET /v1/depositAddressAutoUSDTt/{account}}: a USDT (TRC-20) address whose deposits are converted into
     * this account. Do not store it.
     */
    CompletionStage<DepositAddress> autoConvertingUsdtTrc20Address(AccountNumber account);
}
