package io.capitalist4j.application;

import io.capitalist4j.application.port.in.AccountsUseCase;
import io.capitalist4j.application.port.in.BatchOutcome;
import io.capitalist4j.application.port.in.ConfirmBatchCommand;
import io.capitalist4j.application.port.in.ConfirmBatchUseCase;
import io.capitalist4j.application.port.in.FeeUseCase;
import io.capitalist4j.application.port.in.HistoryUseCase;
import io.capitalist4j.application.port.in.RatesUseCase;
import io.capitalist4j.application.port.in.ReconcileQuery;
import io.capitalist4j.application.port.in.ReconcileUseCase;
import io.capitalist4j.application.port.in.ReconciliationReport;
import io.capitalist4j.application.port.in.SearchDocumentsUseCase;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.application.port.in.SubmitBatchUseCase;
import io.capitalist4j.application.port.in.SubmittedBatch;
import io.capitalist4j.application.port.in.TrackBatchUseCase;
import io.capitalist4j.application.port.in.VerifiedAccountUseCase;
import io.capitalist4j.application.port.in.WaitOptions;
import io.capitalist4j.application.port.out.BatchFormatPort;
import io.capitalist4j.application.port.out.CapitalistApiPort;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.AccountsOverview;
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
import io.capitalist4j.domain.fee.FeeQuote;
import io.capitalist4j.domain.rate.CurrencyRates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/**
 * The Capitalist.net client: every use case behind one object, built from ports. Every operation is
 * asynchronous and fails its stage with a {@link io.capitalist4j.domain.error.CapitalistException} for a
 * remote failure; {@link #blocking()} gives the same operations for scripts.
 *
 * <pre>{@code
 * CapitalistClient client = CapitalistClient.builder()
 *     .api(api)                  // required: the remote operations
 *     .batchFormat(format)       // required for submit
 *     .build();
 * }</pre>
 *
 * Thread-safe. {@link #close()} stops only the threads the client made for itself.
 */
public final class CapitalistClient implements SubmitBatchUseCase, ConfirmBatchUseCase, TrackBatchUseCase,
        SearchDocumentsUseCase, HistoryUseCase, AccountsUseCase, VerifiedAccountUseCase, RatesUseCase, FeeUseCase,
        ReconcileUseCase, AutoCloseable {

    private final CapitalistApiPort api;
    private final SubmitBatchService submitter;
    private final BatchPaginator batchPages;
    private final BatchWaiter waiter;
    private final HistoryPaginator historyPages;
    private final Reconciler reconciler;
    private final List<ExecutorService> owned;
    private final BlockingCapitalistClient blocking;

    private CapitalistClient(Builder builder) {
        this.api = Objects.requireNonNull(builder.api, "CapitalistClient needs an api (CapitalistApiPort)");
        this.owned = new ArrayList<>(2);
        Executor executor = builder.executor;
        if (executor == null) {
            ExecutorService workers = ClientThreads.workers();
            owned.add(workers);
            executor = workers;
        }
        ScheduledExecutorService scheduler = builder.scheduler;
        if (scheduler == null) {
            scheduler = ClientThreads.scheduler();
            owned.add(scheduler);
        }
        Clock clock = builder.clock != null ? builder.clock : Clock.systemUTC();
        this.submitter = builder.batchFormat == null ? null : new SubmitBatchService(api, builder.batchFormat, executor);
        this.batchPages = new BatchPaginator(api, executor);
        this.waiter = new BatchWaiter(batchPages, executor, scheduler, clock);
        this.historyPages = new HistoryPaginator(api, executor);
        this.reconciler = new Reconciler(api, executor);
        this.blocking = new BlockingCapitalistClient(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same operations, waiting for each answer; failures are thrown as they are, not wrapped. */
    public BlockingCapitalistClient blocking() {
        return blocking;
    }

    /**
     * @throws IllegalStateException when the client was built without a {@link BatchFormatPort}
     */
    @Override
    public CompletionStage<SubmittedBatch> submit(SubmitBatchCommand command) {
        if (submitter == null) {
            throw new IllegalStateException("submit needs a batch format: build the client with batchFormat(...)");
        }
        return submitter.submit(command);
    }

    @Override
    public CompletionStage<ConfirmationResult> confirm(ConfirmBatchCommand command) {
        Objects.requireNonNull(command, "command");
        return Async.call(() -> api.processBatch(command.batchId(), command.smsCode()));
    }

    @Override
    public CompletionStage<BatchPage> batchPage(BatchId id, BatchPageRequest request) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
        return Async.call(() -> api.getBatchInfo(id, request));
    }

    @Override
    public CompletionStage<Void> forEachRecordPage(BatchId id, int pageSize, Consumer<BatchPage> consumer) {
        return batchPages.forEachPage(id, pageSize, consumer);
    }

    @Override
    public CompletionStage<List<BatchRecord>> allRecords(BatchId id) {
        return batchPages.allRecords(id, DEFAULT_PAGE_SIZE);
    }

    @Override
    public CompletionStage<BatchOutcome> awaitCompletion(BatchId id, WaitOptions options) {
        return waiter.await(id, options);
    }

    @Override
    public CompletionStage<List<FoundDocument>> search(DocumentSearch search) {
        Objects.requireNonNull(search, "search");
        return Async.call(() -> api.searchDocuments(search));
    }

    @Override
    public CompletionStage<HistoryPage> historyPage(HistoryQuery query) {
        Objects.requireNonNull(query, "query");
        return Async.call(() -> api.getHistory(query));
    }

    @Override
    public CompletionStage<Void> forEachHistoryPage(HistoryQuery query, Consumer<HistoryPage> consumer) {
        return historyPages.forEachPage(query, consumer);
    }

    @Override
    public CompletionStage<List<HistoryEntry>> allHistory(HistoryQuery query) {
        return historyPages.all(query);
    }

    @Override
    public CompletionStage<AccountsOverview> accounts() {
        return Async.call(api::getAccounts);
    }

    @Override
    public CompletionStage<Boolean> isVerified(AccountNumber account) {
        Objects.requireNonNull(account, "account");
        return Async.call(() -> api.isVerifiedAccount(account));
    }

    @Override
    public CompletionStage<CurrencyRates> rates() {
        return Async.call(api::getCurrencyRates);
    }

    @Override
    public CompletionStage<FeeQuote> fee(FeeQuery query) {
        Objects.requireNonNull(query, "query");
        return Async.call(() -> api.getDocumentFee(query));
    }

    @Override
    public CompletionStage<ReconciliationReport> reconcile(ReconcileQuery query) {
        return reconciler.reconcile(query);
    }

    /** Stops the worker and scheduler threads the client created; supplied executors are the caller's to stop. */
    @Override
    public void close() {
        owned.forEach(ExecutorService::shutdown);
    }

    /** Collects the ports and threads a client is built from. */
    public static final class Builder {
        private CapitalistApiPort api;
        private BatchFormatPort batchFormat;
        private Executor executor;
        private ScheduledExecutorService scheduler;
        private Clock clock;

        private Builder() {
        }

        /** The remote operations (required), e.g. the Vert.x HTTP adapter or an in-memory fake. */
        public Builder api(CapitalistApiPort port) {
            this.api = Objects.requireNonNull(port, "api");
            return this;
        }

        /** Renders batches to the exact text sent; required for {@code submit}. */
        public Builder batchFormat(BatchFormatPort port) {
            this.batchFormat = Objects.requireNonNull(port, "batchFormat");
            return this;
        }

        /**
         * Where CPU work (rendering, signing) and callbacks run. Must hand work to other threads: never an
         * event-loop thread, never a caller-runs executor. Default: a small pool of daemon threads.
         */
        public Builder executor(Executor workers) {
            this.executor = Objects.requireNonNull(workers, "executor");
            return this;
        }

        /** Times the pauses between polls. Default: one daemon thread. */
        public Builder scheduler(ScheduledExecutorService timer) {
            this.scheduler = Objects.requireNonNull(timer, "scheduler");
            return this;
        }

        /** Measures wait deadlines. Default: the system clock in UTC. */
        public Builder clock(Clock time) {
            this.clock = Objects.requireNonNull(time, "clock");
            return this;
        }

        /** @throws NullPointerException when no api was given */
        public CapitalistClient build() {
            return new CapitalistClient(this);
        }
    }
}
