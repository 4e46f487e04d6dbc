package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.batch.ConfirmationResult;
import java.util.concurrent.CompletionStage;

/**
 * Confirms a MOBILE-verified batch with the SMS code (process_batch). A wrong code is an answer, not a
 * failure: {@link ConfirmationResult#confirmed()} is false ({@code verificationSuccess} 2).
 */
public interface ConfirmBatchUseCase {

    CompletionStage<ConfirmationResult> confirm(ConfirmBatchCommand command);
}
