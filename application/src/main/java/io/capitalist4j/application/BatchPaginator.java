package io.capitalist4j.application;

import io.capitalist4j.application.port.in.PagingLimitException;
import io.capitalist4j.application.port.in.ShortPageException;
import io.capitalist4j.application.port.out.CapitalistApiPort;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.domain.batch.BatchRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Reads a batch page by page with {@code start_offset}, one request at a time. Each page is handed on and
 * forgotten before the next is asked for, so memory stays at one page whatever the batch size. A walk asks for no
 * page past the smallest total the server has declared during it, and for none past {@code maxRecords}. A short page
 * in the middle is followed by the records actually received; an empty one before the declared total fails with
 * {@link ShortPageException}; a server that declares no total is read until a page shorter than asked for.
 */
final class BatchPaginator {

    static final String OPERATION = "get_batch_info";

    private final CapitalistApiPort api;
    private final Executor executor;
    private final OpenRuns runs;
    private final int maxRecords;

    BatchPaginator(CapitalistApiPort api, Executor executor, OpenRuns runs, int maxRecords) {
        this.api = api;
        this.executor = executor;
        this.runs = runs;
        this.maxRecords = maxRecords;
    }

    CompletableFuture<Void> forEachPage(BatchId id, int pageSize, Consumer<BatchPage> consumer) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(consumer, "consumer");
        BatchPageRequest.ofOffset(0, pageSize); // a bad page size fails here, before anything is sent
        CompletableFuture<Void> result = runs.start();
        new Walk(id, pageSize, consumer, result).fetch(0);
        return result;
    }

    CompletionStage<List<BatchRecord>> allRecords(BatchId id, int pageSize) {
        List<BatchRecord> records = new ArrayList<>();
        return forEachPage(id, pageSize, page -> {
            records.addAll(page.records());
        }).thenApply(done -> Collections.unmodifiableList(records));
    }

    /** One walk; each page's callback starts the next request, so its fields are touched by one thread at a time. */
    private final class Walk {
        private final BatchId id;
        private final int pageSize;
        private final Consumer<BatchPage> consumer;
        private final CompletableFuture<Void> result;
        /** The fewest records the server has claimed so far: a total that grows mid-walk does not lengthen it. */
        private long declared = Long.MAX_VALUE;

        Walk(BatchId id, int pageSize, Consumer<BatchPage> consumer, CompletableFuture<Void> result) {
            this.id = id;
            this.pageSize = pageSize;
            this.consumer = consumer;
            this.result = result;
        }

        void fetch(int offset) {
            if (result.isDone()) {
                return; // cancelled by the caller, or the client was closed
            }
            CompletionStage<BatchPage> page = Async.call(() -> api.getBatchInfo(id, BatchPageRequest.ofOffset(offset, pageSize)));
            Async.continueOn(page, executor, result, (received, failure) -> {
                if (result.isDone()) {
                    return; // a page that arrives after close (or cancel) is handed to nobody
                }
                if (failure != null) {
                    result.completeExceptionally(failure);
                    return;
                }
                received(offset, received);
            });
        }

        private void received(int offset, BatchPage received) {
            if (received.hasTotal()) {
                declared = Math.min(declared, received.totalCount());
            }
            long next = (long) offset + received.records().size();
            boolean totalKnown = declared != Long.MAX_VALUE;
            if (received.records().isEmpty() && totalKnown && offset < declared) {
                // Stopping here would hand back a short batch as if it were whole.
                result.completeExceptionally(new ShortPageException(OPERATION, "batch " + id, offset / pageSize, 0,
                        declared, "it reports " + declared + " records and only " + offset + " came before it"));
                return;
            }
            if (next > maxRecords) {
                // A page longer than asked for: refused whole rather than handed on in part.
                result.completeExceptionally(limitReached(offset, received.totalCount()));
                return;
            }
            consumer.accept(received);
            // Without a total (older servers), the first page shorter than asked for is the last.
            boolean shortWithoutTotal = !totalKnown && received.records().size() < pageSize;
            if (received.records().isEmpty() || next >= declared || shortWithoutTotal) {
                result.complete(null);
            } else if (next >= maxRecords) {
                result.completeExceptionally(limitReached(next, declared));
            } else {
                fetch((int) next);
            }
        }

        private PagingLimitException limitReached(long offset, long total) {
            return new PagingLimitException(OPERATION, "batch " + id, (int) (offset / pageSize), total, maxRecords);
        }
    }
}
