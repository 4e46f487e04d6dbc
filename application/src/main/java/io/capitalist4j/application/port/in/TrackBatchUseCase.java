package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.domain.batch.BatchRecord;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** Follows an uploaded batch record by record (get_batch_info). */
public interface TrackBatchUseCase {

    /** The largest page get_batch_info serves, and the page size used when none is given. */
    int DEFAULT_PAGE_SIZE = BatchPageRequest.MAX_PAGE_SIZE;

    /** One page exactly as asked. */
    CompletionStage<BatchPage> batchPage(BatchId id, BatchPageRequest request);

    /**
     * Reads every record, page after page ({@code start_offset} paging), handing each page to
     * {@code consumer} before the next is asked for; nothing is kept once the consumer returns, so a batch of
     * any size is followed in constant memory. The consumer runs on the client's executor, never on an I/O
     * thread; if it throws, paging stops and the stage fails with that exception.
     *
     * @param pageSize 1 to {@link BatchPageRequest#MAX_PAGE_SIZE}
     */
    CompletionStage<Void> forEachRecordPage(BatchId id, int pageSize, Consumer<BatchPage> consumer);

    /** Every record in line order, read with the largest page size. */
    CompletionStage<List<BatchRecord>> allRecords(BatchId id);

    /**
     * Polls the batch until every record is final (PROCESSED, DECLINED, or a line skipped at upload).
     * Fails with {@link WaitTimeoutException} at the deadline, or with the read failure once more than
     * {@link WaitOptions#toleratedFailures()} polls in a row failed transiently. Cancelling the returned
     * stage's future stops the polling.
     */
    CompletionStage<BatchOutcome> awaitCompletion(BatchId id, WaitOptions options);
}
