package io.capitalist4j.application;

import io.capitalist4j.application.port.in.BatchOutcome;
import io.capitalist4j.application.port.in.BatchProgress;
import io.capitalist4j.application.port.in.ConfirmBatchCommand;
import io.capitalist4j.application.port.in.JournaledSubmission;
import io.capitalist4j.application.port.in.ReconcileQuery;
import io.capitalist4j.application.port.in.RecoverQuery;
import io.capitalist4j.application.port.in.RecoveryReport;
import io.capitalist4j.application.port.in.ReconciliationReport;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.application.port.in.SubmittedBatch;
import io.capitalist4j.application.port.in.WaitOptions;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.ConfirmationResult;
import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.HistoryEntry;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.document.HistoryQuery;
import io.capitalist4j.domain.fee.FeeQuery;
import io.capitalist4j.domain.account.CreatedAccount;
import io.capitalist4j.domain.account.NewAccount;
import io.capitalist4j.domain.api.RawAnswer;
import io.capitalist4j.domain.document.PaymentNotification;
import java.util.Map;
import io.capitalist4j.domain.fee.FeeQuote;
import io.capitalist4j.domain.rate.CurrencyRates;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * {@link CapitalistClient} for scripts: each call waits for its answer. A failure is thrown as the exception
 * itself (a {@link io.capitalist4j.domain.error.CapitalistException}, a
 * {@link io.capitalist4j.application.port.in.WaitTimeoutException}, …), never wrapped in a
 * {@link CompletionException}. An interrupt while waiting keeps the thread's interrupt flag and throws
 * {@link CancellationException}; the remote call itself is not undone. Never call it on an event-loop thread.
 */
public final class BlockingCapitalistClient {

    private final CapitalistClient client;

    BlockingCapitalistClient(CapitalistClient client) {
        this.client = client;
    }

    public SubmittedBatch submit(SubmitBatchCommand command) {
        return await(client.submit(command));
    }

    /** As {@link CapitalistClient#submit(Batch)}. */
    public SubmittedBatch submit(Batch batch) {
        return await(client.submit(batch));
    }

    public ConfirmationResult confirm(ConfirmBatchCommand command) {
        return await(client.confirm(command));
    }

    public BatchPage batchPage(BatchId id, BatchPageRequest request) {
        return await(client.batchPage(id, request));
    }

    public void forEachRecordPage(BatchId id, int pageSize, Consumer<BatchPage> consumer) {
        await(client.forEachRecordPage(id, pageSize, consumer));
    }

    public List<BatchRecord> allRecords(BatchId id) {
        return await(client.allRecords(id));
    }

    public BatchOutcome awaitCompletion(BatchId id, WaitOptions options) {
        return await(client.awaitCompletion(id, options));
    }

    public BatchProgress awaitFinal(BatchId id, WaitOptions options) {
        return await(client.awaitFinal(id, options));
    }

    public List<FoundDocument> search(DocumentSearch search) {
        return await(client.search(search));
    }

    public HistoryPage historyPage(HistoryQuery query) {
        return await(client.historyPage(query));
    }

    public void forEachHistoryPage(HistoryQuery query, Consumer<HistoryPage> consumer) {
        await(client.forEachHistoryPage(query, consumer));
    }

    public List<HistoryEntry> allHistory(HistoryQuery query) {
        return await(client.allHistory(query));
    }

    public AccountsOverview accounts() {
        return await(client.accounts());
    }

    public boolean isVerified(AccountNumber account) {
        return await(client.isVerified(account));
    }

    public CurrencyRates rates() {
        return await(client.rates());
    }

    public FeeQuote fee(FeeQuery query) {
        return await(client.fee(query));
    }

    /** As {@link CapitalistClient#createAccount}. */
    public CreatedAccount createAccount(NewAccount account) {
        return await(client.createAccount(account));
    }

    /** As {@link CapitalistClient#notifyRecipient}. */
    public String notifyRecipient(PaymentNotification notification) {
        return await(client.notifyRecipient(notification));
    }

    /** As {@link CapitalistClient#call}. */
    public RawAnswer call(String operation, Map<String, String> fields) {
        return await(client.call(operation, fields));
    }

    public ReconciliationReport reconcile(ReconcileQuery query) {
        return await(client.reconcile(query));
    }

    /** As {@link CapitalistClient#submitSkippingSent}. */
    public JournaledSubmission submitSkippingSent(SubmitBatchCommand command) {
        return await(client.submitSkippingSent(command));
    }

    /** As {@link CapitalistClient#recover}. */
    public RecoveryReport recover(RecoverQuery query) {
        return await(client.recover(query));
    }

    static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("interrupted while waiting for the answer");
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            throw rethrowable(Async.unwrap(e));
        }
    }

    private static RuntimeException rethrowable(Throwable failure) {
        if (failure instanceof RuntimeException) {
            return (RuntimeException) failure;
        }
        if (failure instanceof Error) {
            throw (Error) failure;
        }
        return new CompletionException(failure); // a checked failure has no unchecked form of its own
    }
}
