package io.capitalist4j.application.port.in;

import java.util.concurrent.CompletionStage;

/**
 * Finds out which payment numbers the server knows (documents_search by {@code customNumber}): what to do
 * after an {@link io.capitalist4j.domain.error.OutcomeUnknownException}, or to check a batch against the
 * books. One search per number, at most {@link ReconcileQuery#concurrency()} at a time; the first failed
 * search fails the whole reconciliation (no half report is returned as if it were complete).
 */
public interface ReconcileUseCase {

    CompletionStage<ReconciliationReport> reconcile(ReconcileQuery query);
}
