package io.capitalist4j.application;

import io.capitalist4j.application.port.out.api2.Api2Port;
import io.capitalist4j.application.port.out.events.CapitalistListener;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.api2.Api2Account;
import io.capitalist4j.domain.api2.Api2Created;
import io.capitalist4j.domain.api2.Api2ExchangeRequest;
import io.capitalist4j.domain.api2.Api2Payment;
import io.capitalist4j.domain.api2.Api2PaymentRequest;
import io.capitalist4j.domain.api2.Api2Rate;
import io.capitalist4j.domain.api2.Api2TransactionPage;
import io.capitalist4j.domain.api2.Api2TransactionQuery;
import io.capitalist4j.domain.api2.DepositAddress;
import io.capitalist4j.domain.api2.WhitelistEntry;
import io.capitalist4j.domain.money.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The API2 port, each call timed and reported to a listener under a stable name of its endpoint (never its path,
 * which holds ids). {@link #accounts()} is left to the port's default, so each currency's call is reported.
 */
final class ObservedApi2 implements Api2Port {

    static final String PROTOCOL = "api2";

    private final Api2Port api;
    private final Calls calls;

    ObservedApi2(Api2Port api, CapitalistListener listener) {
        this.api = api;
        this.calls = new Calls(PROTOCOL, listener);
    }

    @Override
    public CompletionStage<List<Api2Account>> accounts(Currency currency) {
        return calls.timed("account.list", () -> api.accounts(currency));
    }

    @Override
    public CompletionStage<Api2Rate> rate(Currency from, Currency to) {
        return calls.timed("rate.get", () -> api.rate(from, to));
    }

    @Override
    public CompletionStage<Void> exchange(Api2ExchangeRequest request) {
        return calls.timed("exchange.create", () -> api.exchange(request));
    }

    @Override
    public CompletionStage<Api2Created> createPayment(Api2PaymentRequest request) {
        return calls.timed("payment.create", () -> api.createPayment(request));
    }

    @Override
    public CompletionStage<Optional<Api2Payment>> paymentByUserRequestId(String userRequestId) {
        return calls.timed("payment.get", () -> api.paymentByUserRequestId(userRequestId));
    }

    @Override
    public CompletionStage<Optional<Api2Payment>> paymentByDocumentId(long documentId) {
        return calls.timed("payment.get_by_document", () -> api.paymentByDocumentId(documentId));
    }

    @Override
    public CompletionStage<Api2TransactionPage> transactions(Api2TransactionQuery query) {
        return calls.timed("transactions.list", () -> api.transactions(query));
    }

    @Override
    public CompletionStage<List<WhitelistEntry>> whitelist() {
        return calls.timed("whitelist.list", api::whitelist);
    }

    @Override
    public CompletionStage<Void> addToWhitelist(List<WhitelistEntry> entries) {
        return calls.timed("whitelist.add", () -> api.addToWhitelist(entries));
    }

    @Override
    public CompletionStage<Void> removeFromWhitelist(List<WhitelistEntry> entries) {
        return calls.timed("whitelist.remove", () -> api.removeFromWhitelist(entries));
    }

    @Override
    public CompletionStage<DepositAddress> depositAddress(Currency currency) {
        return calls.timed("deposit_address.get", () -> api.depositAddress(currency));
    }

    @Override
    public CompletionStage<DepositAddress> autoConvertingUsdtTrc20Address(AccountNumber account) {
        return calls.timed("deposit_address.auto_usdt_trc20", () -> api.autoConvertingUsdtTrc20Address(account));
    }

    @Override
    public String toString() {
        return api.toString();
    }
}
