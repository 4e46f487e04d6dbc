package io.capitalist4j.application;

import io.capitalist4j.application.port.out.CapitalistApiPort;
import io.capitalist4j.domain.document.HistoryEntry;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.document.HistoryQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Reads get_documents_history_ext page by page (pages count from 1), one request at a time, each page
 * forgotten once handed on. The page size is fixed for the whole walk so that pages line up.
 */
final class HistoryPaginator {

    private final CapitalistApiPort api;
    private final Executor executor;
    private final OpenRuns runs;

    HistoryPaginator(CapitalistApiPort api, Executor executor, OpenRuns runs) {
        this.api = api;
        this.executor = executor;
        this.runs = runs;
    }

    CompletionStage<Void> forEachPage(HistoryQuery query, Consumer<HistoryPage> consumer) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(consumer, "consumer");
        HistoryQuery sized = query.limit().isPresent() ? query : query.withLimit(HistoryQuery.MAX_LIMIT);
        CompletableFuture<Void> result = runs.start();
        fetch(sized, query.page().orElse(1), consumer, result);
        return result;
    }

    CompletionStage<List<HistoryEntry>> all(HistoryQuery query) {
        List<HistoryEntry> entries = new ArrayList<>();
        return forEachPage(query, page -> {
            entries.addAll(page.entries());
        }).thenApply(done -> Collections.unmodifiableList(entries));
    }

    private void fetch(HistoryQuery query, int page, Consumer<HistoryPage> consumer, CompletableFuture<Void> result) {
        if (result.isDone()) {
            return;
        }
        CompletionStage<HistoryPage> stage = Async.call(() -> api.getHistory(query.withPage(page)));
        Async.continueOn(stage, executor, result, (received, failure) -> {
            if (result.isDone()) {
                return; // a page that arrives after close (or cancel) is handed to nobody
            }
            if (failure != null) {
                result.completeExceptionally(failure);
                return;
            }
            consumer.accept(received);
            // Our own page counter decides, so a server echoing a wrong currentPage cannot loop us forever.
            if (received.entries().isEmpty() || page >= received.pageCount()) {
                result.complete(null);
            } else {
                fetch(query, page + 1, consumer, result);
            }
        });
    }
}
