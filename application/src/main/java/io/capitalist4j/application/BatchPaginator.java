package io.capitalist4j.application;

import io.capitalist4j.application.port.out.CapitalistApiPort;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.error.DecodingException;
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
 * forgotten before the next is asked for, so memory stays at one page whatever the batch size.
 */
final class BatchPaginator {

    static final String OPERATION = "get_batch_info";

    private final CapitalistApiPort api;
    private final Executor executor;
    private final OpenRuns runs;

    BatchPaginator(CapitalistApiPort api, Executor executor, OpenRuns runs) {
        this.api = api;
        this.executor = executor;
        this.runs = runs;
    }

    CompletionStage<Void> forEachPage(BatchId id, int pageSize, Consumer<BatchPage> consumer) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(consumer, "consumer");
        BatchPageRequest.ofOffset(0, pageSize); // a bad page size fails here, before anything is sent
        CompletableFuture<Void> result = runs.start();
        fetch(id, 0, pageSize, consumer, result);
        return result;
    }

    CompletionStage<List<BatchRecord>> allRecords(BatchId id, int pageSize) {
        List<BatchRecord> records = new ArrayList<>();
        return forEachPage(id, pageSize, page -> {
            records.addAll(page.records());
        }).thenApply(done -> Collections.unmodifiableList(records));
    }

    private void fetch(BatchId id, int offset, int pageSize, Consumer<BatchPage> consumer, CompletableFuture<Void> result) {
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
            int next = offset + received.records().size();
            if (received.records().isEmpty() && offset < received.totalCount()) {
                // Stopping here would hand back a short batch as if it were whole.
                result.completeExceptionally(new DecodingException(OPERATION, "batch " + id + " answered no records at offset "
                        + offset + " although it reports " + received.totalCount(), null));
                return;
            }
            consumer.accept(received);
            if (received.records().isEmpty() || next >= received.totalCount()) {
                result.complete(null);
            } else {
                fetch(id, next, pageSize, consumer, result);
            }
        });
    }
}
