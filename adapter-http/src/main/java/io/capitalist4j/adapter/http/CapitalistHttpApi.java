package io.capitalist4j.adapter.http;

import io.capitalist4j.adapter.csv.wire.WireOperation;
import io.capitalist4j.application.port.out.CapitalistApiPort;
import io.capitalist4j.application.port.out.ImportBatchRequest;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.account.CashInRequisites;
import io.capitalist4j.domain.account.CreatedAccount;
import io.capitalist4j.domain.account.NewAccount;
import io.capitalist4j.domain.api.RawAnswer;
import io.capitalist4j.domain.document.PaymentNotification;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.ConfirmationResult;
import io.capitalist4j.domain.batch.VerificationMethod;
import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.document.HistoryQuery;
import io.capitalist4j.domain.fee.FeeQuery;
import io.capitalist4j.domain.fee.FeeQuote;
import io.capitalist4j.domain.rate.CurrencyRates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * The v1 API over HTTP: each operation is its form fields handed to {@link #call}, which sends them with
 * the credentials and applies the operation's own rules. {@link #close()} fails the calls in flight at once with a
 * {@link io.capitalist4j.domain.error.TransportException} saying the request may have reached the server, fails
 * every later call before anything is sent, and stops the Vert.x instance the API made itself (returning once
 * its threads are stopped). A Vert.x instance given in {@link HttpOptions#vertx()} is left running.
 */
public interface CapitalistHttpApi extends CapitalistApiPort, AutoCloseable {

    /**
     * Sends one operation of the wire table with these form fields (besides {@code operation}, {@code login}
     * and the credentials, which are added) and decodes its answer. Whether a transport failure or a 5xx is
     * met by sending again, and whether a refused token is renewed, is the operation's rule
     * ({@link WireOperation#repeatable()}, {@link WireOperation#tokenRenewable()}); a JSON-only operation is
     * asked for JSON whatever the configured format. The stage fails with a
     * {@link io.capitalist4j.domain.error.CapitalistException}.
     */
    <T> CompletionStage<T> call(WireOperation<T> operation, Map<String, String> fields);

    @Override
    default CompletionStage<BatchReceipt> importBatch(ImportBatchRequest request) {
        Objects.requireNonNull(request, "request");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("batch", request.text().text());
        VerificationMethod method = request.verification().method();
        fields.put("verification_type", method.name());
        if (method != VerificationMethod.MOBILE) {
            request.verification().data().ifPresent(data -> fields.put("verification_data", data));
        }
        request.sourceAccounts().forEach((currency, account) -> fields.put("account_" + currency.code(), account.value()));
        return call(WireOperation.IMPORT_BATCH_ADVANCED, fields);
    }

    @Override
    default CompletionStage<ConfirmationResult> processBatch(BatchId batchId, Secret smsCode) {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(smsCode, "smsCode");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("batch_id", batchId.value());
        fields.put("verification_type", VerificationMethod.MOBILE.name());
        fields.put("verification_data", smsCode.reveal());
        return call(WireOperation.PROCESS_BATCH, fields);
    }

    @Override
    default CompletionStage<BatchPage> getBatchInfo(BatchId batchId, BatchPageRequest page) {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(page, "page");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("batch_id", batchId.value());
        page.pageSize().ifPresent(s -> fields.put("page_size", Integer.toString(s)));
        page.startOffset().ifPresent(o -> fields.put("start_offset", Integer.toString(o)));
        page.page().ifPresent(p -> fields.put("page", Integer.toString(p)));
        return call(WireOperation.GET_BATCH_INFO, fields);
    }

    @Override
    default CompletionStage<List<FoundDocument>> searchDocuments(DocumentSearch search) {
        Objects.requireNonNull(search, "search");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("beginDate", search.period().fromWire());
        fields.put("endDate", search.period().toWire());
        search.customNumber().ifPresent(n -> fields.put("customNumber", n));
        return call(WireOperation.DOCUMENTS_SEARCH, fields);
    }

    @Override
    default CompletionStage<HistoryPage> getHistory(HistoryQuery query) {
        Objects.requireNonNull(query, "query");
        Map<String, String> fields = new LinkedHashMap<>();
        query.period().ifPresent(p -> {
            fields.put("period_from", p.fromWire());
            fields.put("period_to", p.toWire());
        });
        query.state().ifPresent(s -> fields.put("document_state", s.wire()));
        query.limit().ifPresent(l -> fields.put("limit", Integer.toString(l)));
        query.page().ifPresent(p -> fields.put("page", Integer.toString(p)));
        query.account().ifPresent(a -> fields.put("account", a.value()));
        query.externalAccount().ifPresent(e -> fields.put("external_account", e));
        return call(WireOperation.GET_DOCUMENTS_HISTORY_EXT, fields);
    }

    @Override
    default CompletionStage<AccountsOverview> getAccounts() {
        return call(WireOperation.GET_ACCOUNTS, Map.of());
    }

    @Override
    default CompletionStage<Boolean> isVerifiedAccount(AccountNumber account) {
        Objects.requireNonNull(account, "account");
        return call(WireOperation.IS_VERIFIED_ACCOUNT, Map.of("account", account.value()));
    }

    @Override
    default CompletionStage<CurrencyRates> getCurrencyRates() {
        return call(WireOperation.CURRENCY_RATES, Map.of());
    }

    @Override
    default CompletionStage<FeeQuote> getDocumentFee(FeeQuery query) {
        Objects.requireNonNull(query, "query");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("document_type", query.type().wire());
        fields.put("source_account", query.source().value());
        fields.put("amount", query.amount().toPlainString());
        query.destination().ifPresent(d -> fields.put("dest_account", d.value()));
        query.wireTag().ifPresent(w -> fields.put("wiretag", w));
        query.usdtNetwork().ifPresent(n -> fields.put("usdt_network", n));
        return call(WireOperation.GET_DOCUMENT_FEE, fields);
    }

    /**
     * get_cashin_requisites: where to send money to top up your accounts. Only v1 has it, so it is on this
     * API rather than on the port.
     */
    default CompletionStage<CashInRequisites> getCashInRequisites() {
        return call(WireOperation.GET_CASHIN_REQUISITES, Map.of());
    }

    @Override
    default CompletionStage<CreatedAccount> createAccount(NewAccount account) {
        Objects.requireNonNull(account, "account");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("account_name", account.name());
        fields.put("account_currency", account.currency().code());
        return call(WireOperation.CREATE_ACCOUNT, fields);
    }

    @Override
    default CompletionStage<String> addPaymentNotification(PaymentNotification notification) {
        Objects.requireNonNull(notification, "notification");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("document", notification.document());
        fields.put("channel", notification.channel().name());
        fields.put("address", notification.address());
        fields.put("language", notification.language().wire());
        return call(WireOperation.ADD_PAYMENT_NOTIFICATION, fields);
    }

    /**
     * {@inheritDoc} The fields this adapter writes itself ({@link RawCall#RESERVED}) are refused with an
     * {@link IllegalArgumentException}, as is a name that is not lower-case letters, digits and {@code _}.
     */
    @Override
    default CompletionStage<RawAnswer> callRaw(String operation, Map<String, String> fields) {
        return call(WireOperation.named(operation), RawCall.fields(fields));
    }

    @Override
    void close();
}
