package io.capitalist4j.application;

import io.capitalist4j.application.port.in.PagingLimitException;
import io.capitalist4j.application.port.in.ReconcileQuery;
import io.capitalist4j.application.port.in.ReconciledOrder;
import io.capitalist4j.application.port.in.ReconciliationReport;
import io.capitalist4j.application.port.out.CapitalistApiPort;
import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.FoundDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;

/**
 * First one documents_search over the whole period without a payment number, matched locally; then one search
 * per number that one did not match (the server may cap a period's answer, or refuse it: then every number is
 * searched), a fixed number in flight: each finished search starts the next one, so the server never sees more
 * than {@link ReconcileQuery#concurrency()} at once. N numbers that the server holds cost one call, not N. The
 * documents kept for the report count against the client's limit of records per walk, so a server matching every
 * number many times over cannot fill the heap. Documents are matched by their number; whether the one document of a
 * number agrees with the order the query expects for it is the report's to say ({@link ReconciledOrder#status()}).
 */
final class Reconciler {

    private final CapitalistApiPort api;
    private final Executor executor;
    private final OpenRuns runs;
    private final int maxRecords;

    Reconciler(CapitalistApiPort api, Executor executor, OpenRuns runs, int maxRecords) {
        this.api = api;
        this.executor = executor;
        this.runs = runs;
        this.maxRecords = maxRecords;
    }

    CompletionStage<ReconciliationReport> reconcile(ReconcileQuery query) {
        Objects.requireNonNull(query, "query");
        CompletableFuture<ReconciliationReport> result = runs.start();
        if (result.isDone()) {
            return result; // the client is closed
        }
        if (query.paymentNumbers().isEmpty()) {
            result.complete(new ReconciliationReport(List.of()));
            return result;
        }
        Run run = new Run(query, result);
        if (query.paymentNumbers().size() == 1) {
            run.searchEach(); // the period-wide search would cost as much as the one search
            return result;
        }
        CompletionStage<List<FoundDocument>> wholePeriod = Async.call(
                () -> api.searchDocuments(new DocumentSearch(query.period(), Optional.empty())));
        Async.continueOn(wholePeriod, executor, result, (documents, failure) -> {
            if (result.isDone()) {
                return;
            }
            if (failure == null) {
                run.matchAll(documents);
            }
            // a refused or failed period-wide search only means every number is searched on its own
            run.searchEach();
        });
        return result;
    }

    private final class Run {
        private final ReconcileQuery query;
        private final CompletableFuture<ReconciliationReport> result;
        private final AtomicReferenceArray<List<FoundDocument>> found;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger kept = new AtomicInteger();

        /** Indexes (into the query's numbers) still to search one by one. */
        private final List<Integer> unmatched = new ArrayList<>();

        Run(ReconcileQuery query, CompletableFuture<ReconciliationReport> result) {
            this.query = query;
            this.result = result;
            this.found = new AtomicReferenceArray<>(query.paymentNumbers().size());
        }

        /** Keeps the exact matches of the period's documents; numbers without one are left for {@link #searchEach}. */
        void matchAll(List<FoundDocument> documents) {
            Map<String, Integer> indexes = new HashMap<>();
            for (int i = 0; i < query.paymentNumbers().size(); i++) {
                indexes.put(query.paymentNumbers().get(i), i);
            }
            Map<Integer, List<FoundDocument>> matched = new HashMap<>();
            for (FoundDocument d : documents) {
                Integer index = indexes.get(d.customNumber());
                if (index != null) {
                    matched.computeIfAbsent(index, i -> new ArrayList<>()).add(d);
                }
            }
            int documentsKept = matched.values().stream().mapToInt(List::size).sum();
            if (kept.addAndGet(documentsKept) > maxRecords) {
                result.completeExceptionally(new PagingLimitException("documents_search",
                        "the search over the whole period", 1, documentsKept, maxRecords));
                return;
            }
            matched.forEach((index, list) -> found.set(index, List.copyOf(list)));
        }

        /** Searches, one number per call, every number no earlier match found. */
        void searchEach() {
            if (result.isDone()) {
                return;
            }
            for (int i = 0; i < query.paymentNumbers().size(); i++) {
                if (found.get(i) == null) {
                    unmatched.add(i);
                }
            }
            done.set(query.paymentNumbers().size() - unmatched.size());
            if (unmatched.isEmpty()) {
                result.complete(report());
                return;
            }
            for (int i = 0; i < Math.min(query.concurrency(), unmatched.size()); i++) {
                searchNext();
            }
        }

        private void searchNext() {
            if (result.isDone()) {
                return; // failed or cancelled: start nothing new
            }
            int position = next.getAndIncrement();
            if (position >= unmatched.size()) {
                return;
            }
            int index = unmatched.get(position);
            String number = query.paymentNumbers().get(index);
            CompletionStage<List<FoundDocument>> search = Async.call(
                    () -> api.searchDocuments(new DocumentSearch(query.period(), Optional.of(number))));
            Async.continueOn(search, executor, result, (documents, failure) -> {
                if (result.isDone()) {
                    return; // failed, cancelled or closed meanwhile
                }
                if (failure != null) {
                    result.completeExceptionally(failure);
                    return;
                }
                // The search may match loosely (or ignore the number): only an exact match counts.
                List<FoundDocument> exact = documents.stream().filter(d -> d.customNumber().equals(number))
                        .collect(Collectors.toUnmodifiableList());
                if (kept.addAndGet(exact.size()) > maxRecords) {
                    result.completeExceptionally(new PagingLimitException("documents_search",
                            "the search for payment number " + (index + 1) + " of " + query.paymentNumbers().size(),
                            1, exact.size(), maxRecords));
                    return;
                }
                found.set(index, exact);
                if (done.incrementAndGet() == query.paymentNumbers().size()) {
                    result.complete(report());
                } else {
                    searchNext();
                }
            });
        }

        private ReconciliationReport report() {
            List<ReconciledOrder> orders = new ArrayList<>(query.paymentNumbers().size());
            for (int i = 0; i < query.paymentNumbers().size(); i++) {
                String number = query.paymentNumbers().get(i);
                orders.add(new ReconciledOrder(number, Optional.ofNullable(query.expected().get(number)), found.get(i)));
            }
            return new ReconciliationReport(orders);
        }
    }
}
