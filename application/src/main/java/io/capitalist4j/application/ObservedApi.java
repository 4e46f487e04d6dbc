package io.capitalist4j.application;

import io.capitalist4j.application.port.out.CapitalistApiPort;
import io.capitalist4j.application.port.out.ImportBatchRequest;
import io.capitalist4j.application.port.out.events.CapitalistListener;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.account.CreatedAccount;
import io.capitalist4j.domain.account.NewAccount;
import io.capitalist4j.domain.api.RawAnswer;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.ConfirmationResult;
import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.document.HistoryQuery;
import io.capitalist4j.domain.document.PaymentNotification;
import io.capitalist4j.domain.fee.FeeQuery;
import io.capitalist4j.domain.fee.FeeQuote;
import io.capitalist4j.domain.rate.CurrencyRates;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/**
 * The v1 port, each call timed and reported to a listener under its operation's wire name. An upload counts as
 * {@code OUTCOME_UNKNOWN} whenever the client reports its outcome unknown.
 */
final class ObservedApi implements CapitalistApiPort {

    static final String PROTOCOL = "v1";

    /** What a raw call's name must look like to be reported as it is: a wire name, not something made of data. */
    private static final Pattern WIRE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private final CapitalistApiPort api;
    private final Calls calls;

    ObservedApi(CapitalistApiPort api, CapitalistListener listener) {
        this.api = api;
        this.calls = new Calls(PROTOCOL, listener);
    }

    @Override
    public CompletionStage<BatchReceipt> importBatch(ImportBatchRequest request) {
        return calls.timed(SubmitBatchService.OPERATION, () -> api.importBatch(request),
                SubmitBatchService::mayHaveBeenTaken);
    }

    @Override
    public CompletionStage<ConfirmationResult> processBatch(BatchId batchId, Secret smsCode) {
        return calls.timed("process_batch", () -> api.processBatch(batchId, smsCode));
    }

    @Override
    public CompletionStage<BatchPage> getBatchInfo(BatchId batchId, BatchPageRequest page) {
        return calls.timed(BatchPaginator.OPERATION, () -> api.getBatchInfo(batchId, page));
    }

    @Override
    public CompletionStage<List<FoundDocument>> searchDocuments(DocumentSearch search) {
        return calls.timed("documents_search", () -> api.searchDocuments(search));
    }

    @Override
    public CompletionStage<HistoryPage> getHistory(HistoryQuery query) {
        return calls.timed("get_documents_history_ext", () -> api.getHistory(query));
    }

    @Override
    public CompletionStage<AccountsOverview> getAccounts() {
        return calls.timed("get_accounts", api::getAccounts);
    }

    @Override
    public CompletionStage<Boolean> isVerifiedAccount(AccountNumber account) {
        return calls.timed("is_verified_account", () -> api.isVerifiedAccount(account));
    }

    @Override
    public CompletionStage<CurrencyRates> getCurrencyRates() {
        return calls.timed("currency_rates", api::getCurrencyRates);
    }

    @Override
    public CompletionStage<FeeQuote> getDocumentFee(FeeQuery query) {
        return calls.timed("get_document_fee", () -> api.getDocumentFee(query));
    }

    @Override
    public CompletionStage<CreatedAccount> createAccount(NewAccount account) {
        return calls.timed("create_account", () -> api.createAccount(account));
    }

    @Override
    public CompletionStage<String> addPaymentNotification(PaymentNotification notification) {
        return calls.timed("add_payment_notification", () -> api.addPaymentNotification(notification));
    }

    /** Reported under the operation's name when it looks like a wire name, else as {@code raw}. */
    @Override
    public CompletionStage<RawAnswer> callRaw(String operation, Map<String, String> fields) {
        String name = operation != null && WIRE_NAME.matcher(operation).matches() ? operation : "raw";
        return calls.timed(name, () -> api.callRaw(operation, fields));
    }

    @Override
    public String toString() {
        return api.toString();
    }
}
