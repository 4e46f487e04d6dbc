package io.capitalist4j.application;

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
 * one, so the server never sees more than {@link ReconcileQuery#concurrency()} at once.
 */
final class Reconciler {

    private final CapitalistApiPort api;
    private final Executor executor;
    private final OpenRuns runs;

    Reconciler(CapitalistApiPort api, Executor executor, OpenRuns runs) {
        this.api = api;
        this.executor = executor;
        this.runs = runs;
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
                found.set(index, documents.stream().filter(d -> d.customNumber().equals(number))
                        .collect(Collectors.toUnmodifiableList()));
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
