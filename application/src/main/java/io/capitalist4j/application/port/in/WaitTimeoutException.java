package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.batch.BatchId;
import java.time.Duration;
import java.util.Optional;

/**
 * A batch still had records that were not final when the wait's deadline passed. Nothing went wrong on the
 * server's side: the batch goes on; wait again or look later. {@link #lastProgress()} is the last successful
 * poll, empty when none succeeded; the cause is the last read failure, if any.
 */
public final class WaitTimeoutException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final BatchId batchId;
    private final Duration deadline;
    private final transient BatchProgress lastProgress;

    public WaitTimeoutException(BatchId batchId, Duration deadline, BatchProgress lastProgress, Throwable cause) {
        super(describe(batchId, deadline, lastProgress), cause);
        this.batchId = batchId;
        this.deadline = deadline;
        this.lastProgress = lastProgress;
    }

    private static String describe(BatchId batchId, Duration deadline, BatchProgress progress) {
        String where = progress == null ? "no poll succeeded"
                : progress.finalCount() + " of " + progress.total() + " records final after " + progress.polls()
                        + (progress.polls() == 1 ? " poll" : " polls");
        return "batch " + batchId + " was not final within " + deadline + ": " + where;
    }

    public BatchId batchId() {
        return batchId;
    }

    public Duration deadline() {
        return deadline;
    }

    public Optional<BatchProgress> lastProgress() {
        return Optional.ofNullable(lastProgress);
    }
}
