package io.capitalist4j.application;

import io.capitalist4j.application.port.in.BatchOutcome;
import io.capitalist4j.application.port.in.BatchProgress;
import io.capitalist4j.application.port.in.ConfirmBatchCommand;
import io.capitalist4j.application.port.in.JournaledSubmission;
import io.capitalist4j.application.port.in.PaymentNumbersHeldException;
import io.capitalist4j.application.port.in.RecoverQuery;
import io.capitalist4j.application.port.in.RecoveryReport;
import io.capitalist4j.application.port.in.ReconcileQuery;
import io.capitalist4j.application.port.in.ReconciliationReport;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.application.port.in.SubmittedBatch;
import io.capitalist4j.application.port.in.WaitOptions;
import io.capitalist4j.application.port.out.BatchFormatPort;
import io.capitalist4j.application.port.out.CapitalistApiPort;
import io.capitalist4j.application.port.out.VerificationPort;
import io.capitalist4j.application.port.out.events.CapitalistListener;
import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.account.CreatedAccount;
import io.capitalist4j.domain.account.NewAccount;
import io.capitalist4j.domain.api.RawAnswer;
import io.capitalist4j.domain.document.PaymentNotification;
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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 *     .listener(metrics)         // optional: told of every call, record state and journal transition
 *     .build();
 * }</pre>
 *
 * Thread-safe. Whoever builds a resource closes it: {@link #close()} closes what the client made (its worker
 * and scheduler threads) and what it was handed with {@link Builder#owning}; everything else given to the
 * builder (the api, executors) stays open for its owner to close.
 */
public final class CapitalistClient implements AutoCloseable {

    /** The largest page get_batch_info serves, and the page size used when none is given. */
    public static final int DEFAULT_PAGE_SIZE = BatchPageRequest.MAX_PAGE_SIZE;

    /** The most records (batch records, history entries, documents kept) one walk reads: a hundred full pages. */
    public static final int DEFAULT_MAX_RECORDS_PER_WALK = 100_000;

    private final CapitalistApiPort api;
    private final SubmitBatchService submitter;
    private final BatchPaginator batchPages;
    private final BatchWaiter waiter;
    private final HistoryPaginator historyPages;
    private final Reconciler reconciler;
    private final JournaledSubmitter journaled;
    private final Recovery recovery;
    private final PayoutJournalPort journal;
    private final List<ExecutorService> owned;
    private final List<AutoCloseable> resources;
    private final VerificationPort verification;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final OpenRuns runs = new OpenRuns();
    private final BlockingCapitalistClient blocking;

    private CapitalistClient(Builder builder) {
        CapitalistApiPort port = Objects.requireNonNull(builder.api, "CapitalistClient needs an api (CapitalistApiPort)");
        CapitalistListener listener = CapitalistListener.composite(builder.listeners);
        this.api = listener == CapitalistListener.NONE ? port : new ObservedApi(port, listener);
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
        this.batchPages = new BatchPaginator(api, executor, runs, builder.maxRecordsPerWalk);
        this.waiter = new BatchWaiter(batchPages, executor, scheduler, clock, runs, listener);
        this.historyPages = new HistoryPaginator(api, executor, runs, builder.maxRecordsPerWalk);
        this.reconciler = new Reconciler(api, executor, runs, builder.maxRecordsPerWalk);
        this.journal = builder.journal;
        if (journal == null) {
            this.journaled = null;
            this.recovery = null;
        } else {
            PayoutJournalPort observed = ObservedJournal.of(journal, ObservedApi.PROTOCOL, listener);
            this.journaled = submitter == null ? null : new JournaledSubmitter(submitter, observed, builder.login, executor);
            this.recovery = new Recovery(observed, builder.login, batchPages, reconciler, executor, clock);
        }
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
     * Uploads a batch once (import_batch_advanced). The text is rendered once, verified (signed) over exactly
     * those bytes and sent as it is. The upload is never repeated: when its outcome cannot be known the stage
     * fails with {@link io.capitalist4j.domain.error.OutcomeUnknownException} and the caller reconciles first.
     *
     * <p>With a {@link Builder#journal journal}, every payment number is claimed (committed) before the first
     * byte is sent. When the journal holds any of them ({@code in-doubt} or {@code sent}) the stage fails with
     * {@link PaymentNumbersHeldException} listing them, and nothing is uploaded; when the journal cannot be
     * reached it fails with {@link io.capitalist4j.application.port.out.journal.JournalUnavailableException},
     * and nothing is uploaded. After the answer, accepted lines are {@code sent}, rejected ones {@code released};
     * an unknown outcome leaves them {@code in-doubt} for {@link #recover}. Without a journal, nothing outside
     * this call remembers what was sent: submitting the same file twice pays twice.
     *
     * @throws IllegalStateException when the client was built without a {@link BatchFormatPort}
     */
    public CompletionStage<SubmittedBatch> submit(SubmitBatchCommand command) {
        if (submitter == null) {
            throw new IllegalStateException("submit needs a batch format: build the client with batchFormat(...)");
        }
        if (journaled == null) {
            return submitter.submit(command);
        }
        Objects.requireNonNull(command, "command");
        return journaled.submit(command, ClaimMode.ALL_OR_NOTHING).thenApply(s -> s.upload().orElseThrow());
    }

    /**
     * Like {@link #submit(SubmitBatchCommand)} through the journal, but the lines whose numbers the journal holds
     * are left out instead of refusing the batch: only the others are claimed and uploaded (as one batch, in
     * their order). When every number is held nothing is uploaded and {@link JournaledSubmission#nothingSent()}
     * is true. Released numbers are sent again.
     *
     * @throws IllegalStateException when the client was built without a journal or a batch format
     */
    public CompletionStage<JournaledSubmission> submitSkippingSent(SubmitBatchCommand command) {
        if (journaled == null) {
            throw new IllegalStateException("submitSkippingSent needs a journal and a batch format: "
                    + "build the client with journal(...) and batchFormat(...)");
        }
        Objects.requireNonNull(command, "command");
        return journaled.submit(command, ClaimMode.SKIP_HELD);
    }

    /**
     * Settles the journal's {@code in-doubt} numbers by asking the server: a number it holds becomes {@code sent},
     * a line it rejected or a number it holds no document for becomes {@code released} (and may be sent again).
     * Costs a few calls per page, not one per number: the pages of each batch whose id is known, one documents
     * search over the period, then one search per number still unmatched. Numbers it cannot settle are reported
     * with the reason and stay held.
     *
     * @throws IllegalStateException when the client was built without a journal
     */
    public CompletionStage<RecoveryReport> recover(RecoverQuery query) {
        if (recovery == null) {
            throw new IllegalStateException("recover needs a journal: build the client with journal(...)");
        }
        return recovery.recover(Objects.requireNonNull(query, "query"));
    }

    /**
     * This client in the words both protocols share ({@link Payouts}): submit a batch, follow it, balances,
     * reconcile by payment number. {@code submit} uses the verification the client was built with.
     */
    public Payouts payouts() {
        return new V1Payouts(this);
    }

    /** The journal the client submits through, if it was built with one. */
    public Optional<PayoutJournalPort> journal() {
        return Optional.ofNullable(journal);
    }

    /**
     * Confirms a MOBILE-verified batch with the SMS code (process_batch). A wrong code is an answer, not a
     * failure: {@link ConfirmationResult#confirmed()} is false ({@code verificationSuccess} 2).
     */
    public CompletionStage<ConfirmationResult> confirm(ConfirmBatchCommand command) {
        Objects.requireNonNull(command, "command");
        return Async.call(() -> api.processBatch(command.batchId(), command.smsCode()));
    }

    /** One page exactly as asked. */
    public CompletionStage<BatchPage> batchPage(BatchId id, BatchPageRequest request) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
        return Async.call(() -> api.getBatchInfo(id, request));
    }

    /**
     * Reads every record, page after page ({@code start_offset} paging), handing each page to
     * {@code consumer} before the next is asked for; nothing is kept once the consumer returns, so a batch of
     * any size is followed in constant memory. The consumer runs on the client's executor, never on an I/O
     * thread; if it throws, paging stops and the stage fails with that exception. No page is asked for past the
     * smallest {@code totalCount} the server declared during the walk; the page that would pass
     * {@link Builder#maxRecordsPerWalk} is not asked for: the stage fails with a
     * {@link io.capitalist4j.application.port.in.PagingLimitException} naming it.
     *
     * @param pageSize 1 to {@link BatchPageRequest#MAX_PAGE_SIZE}
     */
    public CompletionStage<Void> forEachRecordPage(BatchId id, int pageSize, Consumer<BatchPage> consumer) {
        return batchPages.forEachPage(id, pageSize, consumer);
    }

    /** Every record in line order, read with the largest page size; at most {@link Builder#maxRecordsPerWalk}. */
    public CompletionStage<List<BatchRecord>> allRecords(BatchId id) {
        return batchPages.allRecords(id, DEFAULT_PAGE_SIZE);
    }

    /**
     * Polls the batch until every record is final (PROCESSED, DECLINED, or a line skipped at upload).
     * Fails with {@link io.capitalist4j.application.port.in.WaitTimeoutException} at the deadline, or with the read failure once more than
     * {@link WaitOptions#toleratedFailures()} polls in a row failed transiently, or at once with an
     * {@link IllegalStateException} when the client is closed. Cancelling the returned stage's future stops the
     * polling. The deadline is wall-clock time for the whole wait: when it passes while a poll is still waiting
     * for an answer, the wait fails then, without that answer, and the poll asks for no further page. Each poll
     * reads at most {@link Builder#maxRecordsPerWalk} records; the outcome keeps the last poll's records.
     */
    public CompletionStage<BatchOutcome> awaitCompletion(BatchId id, WaitOptions options) {
        return waiter.await(id, options);
    }

    /**
     * Polls like {@link #awaitCompletion} but keeps only counts, so memory does not grow with the batch (with a
     * {@link Builder#listener listener}: one byte per record, the state it was last seen in); the stage gives the last
     * poll's progress (complete). Read the final records afterwards, page by page, with
     * {@link #forEachRecordPage}.
     */
    public CompletionStage<BatchProgress> awaitFinal(BatchId id, WaitOptions options) {
        return waiter.awaitFinal(id, options);
    }

    /** Finds documents in a period, optionally by your payment number (documents_search). */
    public CompletionStage<List<FoundDocument>> search(DocumentSearch search) {
        Objects.requireNonNull(search, "search");
        return Async.call(() -> api.searchDocuments(search));
    }

    /** One page exactly as asked; absent filters take the server's defaults. */
    public CompletionStage<HistoryPage> historyPage(HistoryQuery query) {
        Objects.requireNonNull(query, "query");
        return Async.call(() -> api.getHistory(query));
    }

    /**
     * Every page from the query's page (1 when absent) to the last, each handed to {@code consumer} before
     * the next is asked for; nothing is kept. Pages hold the query's limit, or 1,000 when it has none. The
     * consumer runs on the client's executor; if it throws, paging stops and the stage fails with it. No page is
     * asked for past the smallest {@code pageCount} the server declared during the walk, and the walk fails with a
     * {@link io.capitalist4j.application.port.in.PagingLimitException} before the page that would pass
     * {@link Builder#maxRecordsPerWalk} entries.
     */
    public CompletionStage<Void> forEachHistoryPage(HistoryQuery query, Consumer<HistoryPage> consumer) {
        return historyPages.forEachPage(query, consumer);
    }

    /** Every entry from the query's page on, in the server's order. */
    public CompletionStage<List<HistoryEntry>> allHistory(HistoryQuery query) {
        return historyPages.all(query);
    }

    /** Your own accounts with balances and blocked amounts (get_accounts). */
    public CompletionStage<AccountsOverview> accounts() {
        return Async.call(api::getAccounts);
    }

    /** Whether the holder of a Capitalist account is a verified user (is_verified_account). */
    public CompletionStage<Boolean> isVerified(AccountNumber account) {
        Objects.requireNonNull(account, "account");
        return Async.call(() -> api.isVerifiedAccount(account));
    }

    /** Current buy and sell rates (currency_rates). */
    public CompletionStage<CurrencyRates> rates() {
        return Async.call(api::getCurrencyRates);
    }

    /** The fee a payment would cost before it is sent (get_document_fee). */
    public CompletionStage<FeeQuote> fee(FeeQuery query) {
        Objects.requireNonNull(query, "query");
        return Async.call(() -> api.getDocumentFee(query));
    }

    /** Opens an account (create_account); never repeated once the request may have reached the server. */
    public CompletionStage<CreatedAccount> createAccount(NewAccount account) {
        Objects.requireNonNull(account, "account");
        return Async.call(() -> api.createAccount(account));
    }

    /** Tells the recipient of a payment about it (add_payment_notification); never repeated. The server's message. */
    public CompletionStage<String> notifyRecipient(PaymentNotification notification) {
        Objects.requireNonNull(notification, "notification");
        return Async.call(() -> api.addPaymentNotification(notification));
    }

    /** Any operation by name, authenticated, data as raw JSON; never repeated (CapitalistApiPort#callRaw). */
    public CompletionStage<RawAnswer> call(String operation, Map<String, String> fields) {
        Map<String, String> copy = Map.copyOf(Objects.requireNonNull(fields, "fields"));
        return Async.call(() -> api.callRaw(Objects.requireNonNull(operation, "operation"), copy));
    }

    /**
     * Finds out which payment numbers the server knows (documents_search by {@code customNumber}): what to do
     * after an {@link io.capitalist4j.domain.error.OutcomeUnknownException}, or to check a batch against the
     * books. One search per number, at most {@link ReconcileQuery#concurrency()} at a time; the first failed
     * search fails the whole reconciliation (no half report is returned as if it were complete). More documents
     * found than {@link Builder#maxRecordsPerWalk} fail it with a
     * {@link io.capitalist4j.application.port.in.PagingLimitException}. A number whose order the query knows
     * ({@link ReconcileQuery#of(io.capitalist4j.domain.batch.Batch, io.capitalist4j.domain.document.Period)}) is found
     * only when its one document agrees with the order's amount, currency and recipient; otherwise it differs. Only
     * {@link ReconciliationReport#missingNumbers()} may be sent again.
     */
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
     * First fails, at once, every wait, page walk and reconciliation still running ({@link #awaitCompletion},
     * {@code forEach...}, {@code all...}, {@link #reconcile}), also a wait paused between two polls, with an
     * {@link IllegalStateException} saying the client is closed; they send nothing more. Then closes the resources
     * handed over with {@link Builder#owning} (last handed, first closed; closing the api fails its calls in
     * flight), then stops the worker and scheduler threads the client created (a pending pause is dropped); later
     * work is refused with the same {@link IllegalStateException}. The api, executors and scheduler given to the
     * builder are left open: their owner closes them. Idempotent.
     *
     * @throws IllegalStateException when an owned resource failed to close (every other one is still closed)
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        runs.closeAll();
        RuntimeException failure = Resources.closeInReverse(resources);
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
        private int maxRecordsPerWalk = DEFAULT_MAX_RECORDS_PER_WALK;
        private PayoutJournalPort journal;
        private String login;
        private final List<AutoCloseable> resources = new ArrayList<>();
        private final List<CapitalistListener> listeners = new ArrayList<>();

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

        /**
         * Submits through a durable journal of payment numbers kept under {@code login} (the API login the
         * client authenticates as, so that every client of one login shares one set of numbers). The client does
         * not close the journal unless it is also handed over with {@link #owning}.
         */
        public Builder journal(PayoutJournalPort payoutJournal, String apiLogin) {
            this.journal = Objects.requireNonNull(payoutJournal, "journal");
            Objects.requireNonNull(apiLogin, "login");
            if (apiLogin.isBlank()) {
                throw new IllegalArgumentException("the journal's login must not be blank");
            }
            this.login = apiLogin;
            return this;
        }

        /**
         * Tells {@code events} of every remote call ({@code protocol} {@code v1}), of every record state a wait
         * ({@link CapitalistClient#awaitCompletion}, {@link CapitalistClient#awaitFinal}) sees, and of every journal
         * transition the client makes; e.g. {@code new MicrometerListener(registry)} of
         * {@code capitalist4j-micrometer}. Each call adds one; they are told in the order given, and what one throws
         * is caught and touches neither the others nor the payouts. With a listener, {@code awaitFinal} keeps one
         * byte per record (the state it saw last). Default: none, and then nothing is wrapped.
         */
        public Builder listener(CapitalistListener events) {
            listeners.add(Objects.requireNonNull(events, "listener"));
            return this;
        }

        /** Measures wait deadlines and journal timestamps' age. Default: the system clock in UTC. */
        public Builder clock(Clock time) {
            this.clock = Objects.requireNonNull(time, "clock");
            return this;
        }

        /**
         * The most records one walk reads: a page walk ({@code forEach…}, {@code all…}, each poll of a wait) or
         * the documents a reconciliation keeps. Default {@link #DEFAULT_MAX_RECORDS_PER_WALK}. The walk fails
         * with a {@link io.capitalist4j.application.port.in.PagingLimitException} before the page that would pass
         * it, so a server claiming endless pages costs a bounded number of requests.
         *
         * @throws IllegalArgumentException when {@code records} is less than 1
         */
        public Builder maxRecordsPerWalk(int records) {
            if (records < 1) {
                throw new IllegalArgumentException("maxRecordsPerWalk must be at least 1: " + records);
            }
            this.maxRecordsPerWalk = records;
            return this;
        }

        /** @throws NullPointerException when no api was given */
        public CapitalistClient build() {
            return new CapitalistClient(this);
        }
    }
}
