package io.capitalist4j.application;

import io.capitalist4j.application.port.in.PagingLimitException;
import io.capitalist4j.application.port.in.ReconcileQuery;
import io.capitalist4j.application.port.in.ReconciledOrder;
import io.capitalist4j.application.port.in.ReconciliationReport;
import io.capitalist4j.application.port.out.CapitalistApiPort;
import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.FoundDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;

/**
 * One documents_search per payment number, a fixed number in flight: each finished search starts the next
 * one, so the server never sees more than {@link ReconcileQuery#concurrency()} at once. The documents kept for
 * the report count against the client's limit of records per walk, so a server matching every number many
 * times over cannot fill the heap.
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
        for (int i = 0; i < Math.min(query.concurrency(), query.paymentNumbers().size()); i++) {
            run.searchNext();
        }
        return result;
    }

    private final class Run {
        private final ReconcileQuery query;
        private final CompletableFuture<ReconciliationReport> result;
        private final AtomicReferenceArray<List<FoundDocument>> found;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger kept = new AtomicInteger();

        Run(ReconcileQuery query, CompletableFuture<ReconciliationReport> result) {
            this.query = query;
            this.result = result;
            this.found = new AtomicReferenceArray<>(query.paymentNumbers().size());
        }

        void searchNext() {
            if (result.isDone()) {
                return; // failed or cancelled: start nothing new
            }
            int index = next.getAndIncrement();
            if (index >= query.paymentNumbers().size()) {
                return;
            }
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
                orders.add(new ReconciledOrder(query.paymentNumbers().get(i), found.get(i)));
            }
            return new ReconciliationReport(orders);
        }
    }
}
