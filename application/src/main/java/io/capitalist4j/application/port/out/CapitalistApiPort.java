package io.capitalist4j.application.port.out;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.AccountsOverview;
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
import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.document.HistoryQuery;
import io.capitalist4j.domain.fee.FeeQuery;
import io.capitalist4j.domain.fee.FeeQuote;
import io.capitalist4j.domain.rate.CurrencyRates;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The remote v1 operations, one method each. Authentication (token, encrypted or plain password) is the
 * implementation's business. Every stage fails with a {@link io.capitalist4j.domain.error.CapitalistException}.
 * {@link #importBatch} is never repeated by an implementation once the request may have reached the server.
 */
public interface CapitalistApiPort {

    /** import_batch_advanced. */
    CompletionStage<BatchReceipt> importBatch(ImportBatchRequest request);

    /** process_batch with verification_type MOBILE and the SMS code. */
    CompletionStage<ConfirmationResult> processBatch(BatchId batchId, Secret smsCode);

    /** get_batch_info. */
    CompletionStage<BatchPage> getBatchInfo(BatchId batchId, BatchPageRequest page);

    /** documents_search. */
    CompletionStage<List<FoundDocument>> searchDocuments(DocumentSearch search);

    /** get_documents_history_ext (always asked for as JSON: the only format the server allows for it). */
    CompletionStage<HistoryPage> getHistory(HistoryQuery query);

    /** get_accounts. */
    CompletionStage<AccountsOverview> getAccounts();

    /** is_verified_account. */
    CompletionStage<Boolean> isVerifiedAccount(AccountNumber account);

    /** currency_rates. */
    CompletionStage<CurrencyRates> getCurrencyRates();

    /** get_document_fee. */
    CompletionStage<FeeQuote> getDocumentFee(FeeQuery query);

    /**
     * create_account: opens an account; never repeated once the request may have reached the server. An
     * implementation without it fails the stage with {@link IllegalStateException} naming the operation.
     */
    default CompletionStage<CreatedAccount> createAccount(NewAccount account) {
        return CompletableFuture.failedFuture(notImplemented("create_account"));
    }

    /**
     * add_payment_notification: the recipient of a payment is told of it; never repeated. The value is the
     * server's message. An implementation without it fails the stage with {@link IllegalStateException}
     * naming the operation.
     */
    default CompletionStage<String> addPaymentNotification(PaymentNotification notification) {
        return CompletableFuture.failedFuture(notImplemented("add_payment_notification"));
    }

    /**
     * Any operation by its wire name with these form fields, authenticated like the others, its {@code data}
     * kept as raw JSON. Never repeated after a transport failure (nothing says it does not move money); a
     * non-zero code fails the stage like any API error. An implementation without it fails the stage with
     * {@link IllegalStateException} naming the operation.
     */
    default CompletionStage<RawAnswer> callRaw(String operation, Map<String, String> fields) {
        return CompletableFuture.failedFuture(notImplemented(operation));
    }

    /** The failure of an operation this implementation does not offer: a misuse, not a remote failure. */
    private static IllegalStateException notImplemented(String operation) {
        return new IllegalStateException(operation + ": not offered by this CapitalistApiPort");
    }
}
