package io.capitalist4j.application;

import io.capitalist4j.application.port.in.Api2BatchCommand;
import io.capitalist4j.application.port.in.Api2BatchOutcome;
import io.capitalist4j.application.port.in.RecoverQuery;
import io.capitalist4j.application.port.in.RecoveryReport;
import io.capitalist4j.application.port.in.PaymentsNotFinalException;
import io.capitalist4j.application.port.out.api2.Api2Port;
import io.capitalist4j.application.port.out.events.BatchStateEvent;
import io.capitalist4j.application.port.out.events.CapitalistListener;
import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.domain.api2.Api2Payment;
import io.capitalist4j.domain.api2.Api2Transaction;
import io.capitalist4j.domain.api2.Api2TransactionPage;
import io.capitalist4j.domain.api2.Api2TransactionQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The API2 client: the same batches, payment orders and journal as {@link CapitalistClient}, sent as single payouts
 * over Capitalist API2. Every payment number is the payout's {@code userRequestId}. The single operations of the
 * port (accounts, rates, whitelist, …) are used through {@link #api()}.
 *
 * <pre>{@code
 * Api2Client client = Api2Client.builder()
 *     .api(api2)                        // required: e.g. Api2Http.create(...)
 *     .journal(journal, "my-api-key")   // optional, strongly advised: no number is ever sent twice
 *     .listener(metrics)                // optional: told of every call, payment state and journal transition
 *     .build();
 * }</pre>
 *
 * Thread-safe. {@link #close()} closes what the client made and what it was handed with {@link Builder#owning}.
 */
public final class Api2Client implements AutoCloseable {

    private final Api2Port api;
    private final CapitalistListener listener;
    /** The journal given, wrapped to tell the listener when there is one. */
    private final PayoutJournalPort journal;
    private final String login;
    private final Api2BatchService batches;
    private final Executor executor;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final List<ExecutorService> owned = new ArrayList<>(2);
    private final List<AutoCloseable> resources;

    private Api2Client(Builder builder) {
        Api2Port port = Objects.requireNonNull(builder.api, "Api2Client needs an api (Api2Port)");
        this.listener = CapitalistListener.composite(builder.listeners);
        this.api = listener == CapitalistListener.NONE ? port : new ObservedApi2(port, listener);
        this.journal = ObservedJournal.of(builder.journal, ObservedApi2.PROTOCOL, listener);
        this.login = builder.login;
        Executor workers = builder.executor;
        if (workers == null) {
            ExecutorService made = ClientThreads.workers();
            owned.add(made);
            workers = made;
        }
        this.executor = workers;
        ScheduledExecutorService timer = builder.scheduler;
        if (timer == null) {
            timer = ClientThreads.scheduler();
            owned.add(timer);
        }
        this.scheduler = timer;
        this.clock = builder.clock != null ? builder.clock : Clock.systemUTC();
        this.resources = List.copyOf(builder.resources);
        this.batches = new Api2BatchService(api, journal, login, executor);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The remote operations, for what this client does not wrap (accounts, rates, exchange, whitelist, …); with a
     * {@link Builder#listener listener}, the calls made through it are reported too.
     */
    public Api2Port api() {
        return api;
    }

    /**
     * Sends every line of the batch as one payout. Nothing is sent when any line cannot go over API2 (a
     * {@link io.capitalist4j.domain.batch.BatchValidationException} names every line, field and why), when a
     * currency has no source account, or, with a journal, when it holds any number of the batch
     * ({@link io.capitalist4j.application.port.in.PaymentNumbersHeldException}). The stage completes when every
     * payout has an answer; a payout whose fate could not be learned is {@code OUTCOME_UNKNOWN}, never resent.
     */
    public CompletionStage<Api2BatchOutcome> submit(Api2BatchCommand command) {
        return batches.submit(Objects.requireNonNull(command, "command"), ClaimMode.ALL_OR_NOTHING);
    }

    /** As {@link #submit}, but lines whose numbers the journal holds are skipped (reported {@code SKIPPED}). */
    public CompletionStage<Api2BatchOutcome> submitSkippingSent(Api2BatchCommand command) {
        if (journal == null) {
            throw new IllegalStateException("submitSkippingSent needs a journal: build the client with journal(...)");
        }
        return batches.submit(Objects.requireNonNull(command, "command"), ClaimMode.SKIP_HELD);
    }

    /** This client in the words both protocols share ({@link Payouts}). */
    public Payouts payouts() {
        return new Api2PayoutsView(this);
    }

    /** The payment this payment number (userRequestId) names, empty when the server does not know it. */
    public CompletionStage<Optional<Api2Payment>> payment(String paymentNumber) {
        return Async.call(() -> api.paymentByUserRequestId(paymentNumber));
    }

    /**
     * Polls every payment until each is final (EXECUTED or DECLINED), {@code interval} apart; fails with
     * {@link PaymentsNotFinalException} at the deadline. Payment numbers the server does not know are reported absent.
     * A {@link Builder#listener listener} is told of each payment's state when first seen and at every change.
     */
    public CompletionStage<Map<String, Optional<Api2Payment>>> awaitCompletion(List<String> paymentNumbers,
                                                                              Duration interval, Duration deadline) {
        Map<String, Optional<Api2Payment>> last = new LinkedHashMap<>();
        paymentNumbers.forEach(n -> last.put(n, Optional.empty()));
        Instant end = clock.instant().plus(deadline);
        CompletableFuture<Map<String, Optional<Api2Payment>>> result = new CompletableFuture<>();
        poll(List.copyOf(paymentNumbers), last, interval, end, result);
        return result;
    }

    private void poll(List<String> pending, Map<String, Optional<Api2Payment>> last, Duration interval, Instant end,
                      CompletableFuture<Map<String, Optional<Api2Payment>>> result) {
        List<CompletableFuture<Void>> round = new ArrayList<>();
        for (String number : pending) {
            round.add(Async.call(() -> api.paymentByUserRequestId(number)).toCompletableFuture()
                    .thenAccept(found -> {
                        Optional<Api2Payment> before;
                        synchronized (last) {
                            before = last.put(number, found);
                        }
                        tellState(before == null ? Optional.empty() : before, found);
                    }));
        }
        CompletableFuture.allOf(round.toArray(new CompletableFuture<?>[0])).whenCompleteAsync((done, failure) -> {
            if (failure != null) {
                result.completeExceptionally(Async.unwrap(failure));
                return;
            }
            List<String> still = new ArrayList<>();
            synchronized (last) {
                pending.forEach(n -> {
                    if (last.get(n).map(p -> !p.isFinal()).orElse(false)) {
                        still.add(n);
                    }
                });
            }
            if (still.isEmpty()) {
                result.complete(Map.copyOf(last));
            } else if (!clock.instant().plus(interval).isBefore(end)) {
                result.completeExceptionally(new PaymentsNotFinalException(still, last.size()));
            } else {
                scheduler.schedule(() -> poll(still, last, interval, end, result), interval.toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }, executor);
    }

    /** A payment seen for the first time, or in another state than at the previous poll. */
    private void tellState(Optional<Api2Payment> before, Optional<Api2Payment> now) {
        if (now.isEmpty() || listener == CapitalistListener.NONE) {
            return;
        }
        Optional<String> from = before.map(p -> p.state().name());
        String to = now.get().state().name();
        if (from.isPresent() && from.get().equals(to)) {
            return;
        }
        try {
            listener.onBatchState(new BatchStateEvent(ObservedApi2.PROTOCOL, String.valueOf(now.get().documentId()),
                    from, to));
        } catch (RuntimeException ignored) {
            // a listener never stops a wait
        }
    }

    /** As {@link #recover(RecoverQuery)} with {@link RecoverQuery#defaults()}. */
    public CompletionStage<RecoveryReport> recover() {
        return recover(RecoverQuery.defaults());
    }

    /**
     * Settles the journal's {@code in-doubt} numbers by looking each up by its userRequestId: found → {@code sent},
     * unknown to the server (404) → {@code released}; a lookup that fails leaves the number in doubt, reported.
     * Numbers claimed less than the query's quiet period ago are left alone (a payout of another process may still
     * be on its way); the query's {@code from} is not used (each number is looked up by itself).
     */
    public CompletionStage<RecoveryReport> recover(RecoverQuery query) {
        if (journal == null) {
            throw new IllegalStateException("recover needs a journal: build the client with journal(...)");
        }
        Objects.requireNonNull(query, "query");
        List<RecoveryReport.Unsettled> young = new ArrayList<>();
        return CompletableFuture.supplyAsync(() -> journal.list(login, Optional.of(JournalState.IN_DOUBT)), executor)
                .thenCompose(all -> {
                    Instant quietSince = clock.instant().minus(query.quietPeriod());
                    List<JournalEntry> entries = new ArrayList<>();
                    for (JournalEntry e : all) {
                        if (e.note().isEmpty() && e.claimedAt().isAfter(quietSince)) {
                            young.add(RecoveryReport.Unsettled.claimedTooRecently(e, query.quietPeriod(), "a payout"));
                        } else {
                            entries.add(e);
                        }
                    }
                    List<CompletableFuture<Object[]>> lookups = new ArrayList<>();
                    for (JournalEntry e : entries) {
                        lookups.add(Async.call(() -> api.paymentByUserRequestId(e.paymentNumber())).toCompletableFuture()
                                .handle((found, failure) -> new Object[] {e, found, failure}));
                    }
                    return CompletableFuture.allOf(lookups.toArray(new CompletableFuture<?>[0]))
                            .thenApplyAsync(done -> settle(lookups, young), executor);
                });
    }

    @SuppressWarnings("unchecked")
    private RecoveryReport settle(List<CompletableFuture<Object[]>> lookups, List<RecoveryReport.Unsettled> young) {
        List<JournalEntry> sent = new ArrayList<>();
        List<JournalEntry> released = new ArrayList<>();
        List<RecoveryReport.Unsettled> unsettled = new ArrayList<>(young);
        for (CompletableFuture<Object[]> lookup : lookups) {
            Object[] r = lookup.join();
            JournalEntry e = (JournalEntry) r[0];
            Optional<Api2Payment> found = (Optional<Api2Payment>) r[1];
            Throwable failure = (Throwable) r[2];
            if (failure != null) {
                unsettled.add(new RecoveryReport.Unsettled(e, "the lookup failed: " + Async.unwrap(failure).getMessage()));
            } else if (found.isPresent()) {
                journal.markSent(login, e.claimId(), "document " + found.get().documentId(), List.of(e.paymentNumber()));
                sent.add(e);
            } else {
                journal.release(login, e.claimId(), List.of(e.paymentNumber()),
                        "recover: API2 knows no payment with this userRequestId");
                released.add(e);
            }
        }
        Map<String, JournalEntry> now = journal.find(login, lookups.stream()
                .map(l -> ((JournalEntry) l.join()[0]).paymentNumber()).toList());
        return new RecoveryReport(sent.stream().map(e -> now.getOrDefault(e.paymentNumber(), e)).toList(),
                released.stream().map(e -> now.getOrDefault(e.paymentNumber(), e)).toList(), unsettled);
    }

    /** Every page of transactions from the query's on, each handed to {@code consumer} before the next is asked for. */
    public CompletionStage<Void> forEachTransactionPage(Api2TransactionQuery query, Consumer<List<Api2Transaction>> consumer) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        page(query, consumer, result, 0);
        return result;
    }

    private void page(Api2TransactionQuery query, Consumer<List<Api2Transaction>> consumer, CompletableFuture<Void> result,
                      int pages) {
        Async.continueOn(Async.call(() -> api.transactions(query)), executor, result, (page, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
                return;
            }
            consumer.accept(page.transactions());
            Optional<Api2TransactionQuery> next = page.next();
            if (next.isEmpty() || page.transactions().isEmpty() || pages + 1 >= MAX_TRANSACTION_PAGES) {
                result.complete(null);
            } else {
                page(next.get(), consumer, result, pages + 1);
            }
        });
    }

    /** The most transaction pages one walk reads. */
    public static final int MAX_TRANSACTION_PAGES = 1_000;

    /** Closes what was handed with {@link Builder#owning} (last first), then the threads the client made. */
    @Override
    public void close() {
        RuntimeException failure = Resources.closeInReverse(resources);
        owned.forEach(ExecutorService::shutdown);
        if (failure != null) {
            throw failure;
        }
    }

    /** Collects the ports and threads an API2 client is built from. */
    public static final class Builder {
        private Api2Port api;
        private PayoutJournalPort journal;
        private String login;
        private Executor executor;
        private ScheduledExecutorService scheduler;
        private Clock clock;
        private final List<AutoCloseable> resources = new ArrayList<>();
        private final List<CapitalistListener> listeners = new ArrayList<>();

        private Builder() {
        }

        public Builder api(Api2Port port) {
            this.api = Objects.requireNonNull(port, "api");
            return this;
        }

        /** Sends through this journal, its numbers kept under {@code owner} (e.g. your API key's name). */
        public Builder journal(PayoutJournalPort payoutJournal, String owner) {
            this.journal = Objects.requireNonNull(payoutJournal, "journal");
            if (Objects.requireNonNull(owner, "owner").isBlank()) {
                throw new IllegalArgumentException("the journal's owner must not be blank");
            }
            this.login = owner;
            return this;
        }

        public Builder executor(Executor workers) {
            this.executor = Objects.requireNonNull(workers, "executor");
            return this;
        }

        public Builder scheduler(ScheduledExecutorService timer) {
            this.scheduler = Objects.requireNonNull(timer, "scheduler");
            return this;
        }

        public Builder clock(Clock time) {
            this.clock = Objects.requireNonNull(time, "clock");
            return this;
        }

        public Builder owning(AutoCloseable resource) {
            resources.add(Objects.requireNonNull(resource, "resource"));
            return this;
        }

        /**
         * Tells {@code events} of every remote call ({@code protocol} {@code api2}, also those made through
         * {@link Api2Client#api()}), of every payment state {@link Api2Client#awaitCompletion} sees, and of every
         * journal transition the client makes; e.g. {@code new MicrometerListener(registry)} of
         * {@code capitalist4j-micrometer}. Each call adds one; what one throws is caught and touches neither the others
         * nor the payouts. Default: none, and then nothing is wrapped.
         */
        public Builder listener(CapitalistListener events) {
            listeners.add(Objects.requireNonNull(events, "listener"));
            return this;
        }

        public Api2Client build() {
            return new Api2Client(this);
        }
    }
}
