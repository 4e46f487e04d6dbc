package io.capitalist4j.application;

import io.capitalist4j.application.port.in.PagingLimitException;
import io.capitalist4j.application.port.in.ShortPageException;
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
 * forgotten once handed on. The page size is fixed for the whole walk so that pages line up. A walk asks for no
 * page past the smallest page count the server has declared during it, and reads at most {@code maxRecords}
 * entries. A page shorter than the page size before the last declared page fails with {@link ShortPageException}:
 * the pages after it would not line up with what was read.
 */
final class HistoryPaginator {

    static final String OPERATION = "get_documents_history_ext";

    private final CapitalistApiPort api;
    private final Executor executor;
    private final OpenRuns runs;
    private final int maxRecords;

    HistoryPaginator(CapitalistApiPort api, Executor executor, OpenRuns runs, int maxRecords) {
        this.api = api;
        this.executor = executor;
        this.runs = runs;
        this.maxRecords = maxRecords;
    }

    CompletionStage<Void> forEachPage(HistoryQuery query, Consumer<HistoryPage> consumer) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(consumer, "consumer");
        HistoryQuery sized = query.limit().isPresent() ? query : query.withLimit(HistoryQuery.MAX_LIMIT);
        CompletableFuture<Void> result = runs.start();
        new Walk(sized, consumer, result).fetch(query.page().orElse(1));
        return result;
    }

    CompletionStage<List<HistoryEntry>> all(HistoryQuery query) {
        List<HistoryEntry> entries = new ArrayList<>();
        return forEachPage(query, page -> {
            entries.addAll(page.entries());
        }).thenApply(done -> Collections.unmodifiableList(entries));
    }

    /** One walk; each page's callback starts the next request, so its fields are touched by one thread at a time. */
    private final class Walk {
        private final HistoryQuery query;
        private final Consumer<HistoryPage> consumer;
        private final CompletableFuture<Void> result;
        /** The fewest pages the server has claimed so far: a count that grows mid-walk does not lengthen it. */
        private int declaredPages = Integer.MAX_VALUE;
        private long read;

        Walk(HistoryQuery query, Consumer<HistoryPage> consumer, CompletableFuture<Void> result) {
            this.query = query;
            this.consumer = consumer;
            this.result = result;
        }

        void fetch(int page) {
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
                received(page, received);
            });
        }

        private void received(int page, HistoryPage received) {
            declaredPages = Math.min(declaredPages, received.pageCount());
            read += received.entries().size();
            if (read > maxRecords) {
                // A page longer than asked for: refused whole rather than handed on in part.
                result.completeExceptionally(limitReached(page, received));
                return;
            }
            // The server numbers its pages by its own page size, which it may have chosen instead of ours.
            int expected = received.pageSize() > 0 ? received.pageSize() : query.limit().orElse(HistoryQuery.MAX_LIMIT);
            if (page < declaredPages && received.entries().size() < expected) {
                // Pages are numbered, not offset: the next page would not start where this one stopped, so entries
                // would go missing without a word.
                result.completeExceptionally(new ShortPageException(OPERATION, "the history", page,
                        received.entries().size(), declaredPages, "it declares " + declaredPages + " pages of "
                        + expected + " entries"));
                return;
            }
            consumer.accept(received);
            // Our own page counter decides, so a server echoing a wrong currentPage cannot loop us forever.
            if (received.entries().isEmpty() || page >= declaredPages) {
                result.complete(null);
            } else if (read >= maxRecords) {
                result.completeExceptionally(limitReached(page + 1, received));
            } else {
                fetch(page + 1);
            }
        }

        private PagingLimitException limitReached(int page, HistoryPage received) {
            return new PagingLimitException(OPERATION, "the history", page, received.itemCount(), maxRecords);
        }
    }
}
