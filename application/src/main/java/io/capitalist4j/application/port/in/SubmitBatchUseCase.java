package io.capitalist4j.application.port.in;

import java.util.concurrent.CompletionStage;

/**
 * Uploads a batch once (import_batch_advanced). The text is rendered once, verified (signed) over exactly
 * those bytes and sent as it is. The upload is never repeated: when its outcome cannot be known the stage
 * fails with {@link io.capitalist4j.domain.error.OutcomeUnknownException} and the caller reconciles first.
 */
public interface SubmitBatchUseCase {

    CompletionStage<SubmittedBatch> submit(SubmitBatchCommand command);
}
