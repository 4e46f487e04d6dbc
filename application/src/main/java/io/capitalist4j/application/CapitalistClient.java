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
import io.capitalist4j.application.port.out.VerificationPort;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The Capitalist.net client: every use case behind one object, built from ports. Every operation is
 * asynchronous and fails its stage with a {@link io.capitalist4j.domain.error.CapitalistException} for a
 * remote failure; {@link #blocking()} gives the same operations for scripts.
 *
 * <p>Most users get a ready client, adapters wired, from {@code io.capitalist4j.client.Capitalist.builder()}
 * (artifact {@code capitalist4j-client}). This builder is for those who swap adapters:
 *
 * <pre>{@code
 * CapitalistClient client = CapitalistClient.builder()
 *     .api(api)                  // required: the remote operations
 *     .batchFormat(format)       // required for submit
 *     .verification(signing)     // optional: how submit(batch) proves an upload
 *     .owning(api)               // optional: close the api with the client
 *     .build();
 * }</pre>
 *
 * Thread-safe. Whoever builds a resource closes it: {@link #close()} closes what the client made (its worker
 * and scheduler threads) and what it was handed with {@link Builder#owning}; everything else given to the
 * builder (the api, executors) stays open for its owner to close.
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
    private final List<AutoCloseable> resources;
    private final VerificationPort verification;
    private final AtomicBoolean closed = new AtomicBoolean();
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
        this.resources = List.copyOf(builder.resources);
        this.verification = builder.verification;
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

    /**
     * Uploads {@code batch}, proven with the verification the client was built with; as
     * {@code submit(SubmitBatchCommand.of(batch, verification))}.
     *
     * @throws IllegalStateException when the client was built without a verification or a batch format
     */
    public CompletionStage<SubmittedBatch> submit(Batch batch) {
        if (verification == null) {
            throw new IllegalStateException(
                    "submit(batch) needs a verification: build the client with verification(...) or pass a SubmitBatchCommand");
        }
        return submit(SubmitBatchCommand.of(batch, verification));
    }

    /**
     * Closes the resources handed over with {@link Builder#owning} (last handed, first closed; closing the api
     * fails its calls in flight), then stops the worker and scheduler threads the client created, after they
     * finish the work already queued; later work is refused with an {@link IllegalStateException}. The api,
     * executors and scheduler given to the builder are left open: their owner closes them. Idempotent.
     *
     * @throws IllegalStateException when an owned resource failed to close (every other one is still closed)
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        RuntimeException failure = null;
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                RuntimeException wrapped = e instanceof RuntimeException ? (RuntimeException) e
                        : new IllegalStateException("closing " + resources.get(i).getClass().getName() + " failed", e);
                if (failure == null) {
                    failure = wrapped;
                } else {
                    failure.addSuppressed(wrapped);
                }
            }
        }
        owned.forEach(ExecutorService::shutdown);
        if (failure != null) {
            throw failure;
        }
    }

    /** Collects the ports and threads a client is built from. */
    public static final class Builder {
        private CapitalistApiPort api;
        private BatchFormatPort batchFormat;
        private Executor executor;
        private ScheduledExecutorService scheduler;
        private Clock clock;
        private VerificationPort verification;
        private final List<AutoCloseable> resources = new ArrayList<>();

        private Builder() {
        }

        /**
         * The remote operations (required), e.g. the Vert.x HTTP adapter or an in-memory fake. The client does not
         * close it unless it is also handed over with {@link #owning}.
         */
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

        /** How {@link CapitalistClient#submit(Batch)} proves an upload (signature, PIN or MOBILE). Optional. */
        public Builder verification(VerificationPort port) {
            this.verification = Objects.requireNonNull(port, "verification");
            return this;
        }

        /**
         * Hands the client a resource to close on {@link CapitalistClient#close()}, e.g. the api it was built
         * with and what that api runs on. Resources close in the reverse order they were handed over, before
         * the client's own threads stop.
         */
        public Builder owning(AutoCloseable resource) {
            resources.add(Objects.requireNonNull(resource, "resource"));
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
