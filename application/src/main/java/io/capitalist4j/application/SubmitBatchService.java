package io.capitalist4j.application;

import io.capitalist4j.application.port.in.RejectedOrder;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.application.port.in.SubmittedBatch;
import io.capitalist4j.application.port.out.BatchFormatPort;
import io.capitalist4j.application.port.out.CapitalistApiPort;
import io.capitalist4j.application.port.out.ImportBatchRequest;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.LineRejection;
import io.capitalist4j.domain.batch.Verification;
import io.capitalist4j.domain.error.ApiException;
import io.capitalist4j.domain.error.ErrorCode;
import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.domain.error.OutcomeUnknownException;
import io.capitalist4j.domain.error.TransportException;
import io.capitalist4j.domain.payment.PaymentOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * One upload, at most once: render once, verify exactly that text, send exactly that text. An upload whose
 * fate cannot be known is never repeated; it becomes an {@link OutcomeUnknownException}.
 */
final class SubmitBatchService {

    static final String OPERATION = "import_batch_advanced";

    private final CapitalistApiPort api;
    private final BatchFormatPort format;
    private final Executor executor;

    SubmitBatchService(CapitalistApiPort api, BatchFormatPort format, Executor executor) {
        this.api = api;
        this.format = format;
        this.executor = executor;
    }

    CompletionStage<SubmittedBatch> submit(SubmitBatchCommand command) {
        Objects.requireNonNull(command, "command");
        CompletableFuture<BatchText> rendered;
        try {
            rendered = render(command.batch());
        } catch (RuntimeException rejected) {
            return CompletableFuture.failedFuture(rejected);
        }
        return submit(command, rendered);
    }

    /**
     * Renders {@code batch} on the executor (CPU work, never on the caller's maybe-I/O thread). Pure: the journal
     * starts it beside its claim and throws the text away when the claim takes fewer lines.
     */
    CompletableFuture<BatchText> render(Batch batch) {
        return CompletableFuture.supplyAsync(
                () -> Objects.requireNonNull(format.render(batch), "BatchFormatPort.render returned null"), executor);
    }

    /**
     * Verifies the text {@code rendered} from exactly {@code command.batch()} and uploads it. Verification (which
     * may sign, or ask a person) runs once, on the executor, after the text is there.
     */
    CompletionStage<SubmittedBatch> submit(SubmitBatchCommand command, CompletionStage<BatchText> rendered) {
        Objects.requireNonNull(command, "command");
        CompletableFuture<SubmittedBatch> result = new CompletableFuture<>();
        rendered.thenApplyAsync(text -> prepare(command, text), executor).whenComplete((request, failure) -> {
            if (failure != null) {
                // Nothing was sent: a failure to render or sign passes through as it is.
                result.completeExceptionally(Async.unwrap(failure));
                return;
            }
            Async.call(() -> api.importBatch(request)).whenComplete((receipt, uploadFailure) -> {
                if (uploadFailure != null) {
                    result.completeExceptionally(classify(Async.unwrap(uploadFailure), command.batch()));
                    return;
                }
                try {
                    result.complete(accepted(command.batch(), request.text(), receipt));
                } catch (RuntimeException e) {
                    // The server holds the batch now; a reading failure here must not look like a refusal.
                    result.completeExceptionally(new OutcomeUnknownException(OPERATION, command.batch().paymentNumbers(), e));
                }
            });
        });
        return result;
    }

    private static ImportBatchRequest prepare(SubmitBatchCommand command, BatchText text) {
        Verification verification = Objects.requireNonNull(command.verification().verificationFor(text),
                "VerificationPort.verificationFor returned null");
        return new ImportBatchRequest(text, verification, command.sourceAccounts());
    }

    /**
     * Only a failure that proves the server did not take the batch passes through: an API error code that is a
     * refusal ({@link ErrorCode#uploadMayHaveCreatedBatch()} false; a code outside the table is read as the
     * refusal it was when observed), or a connection that never carried the request. A 4xx status is a refusal
     * before processing. Anything else (a system or run-time error code, a 5xx, a timeout, an answer too large or
     * unreadable, an unexpected exception in the adapter) may have been accepted. Errors (out of memory and the
     * like) are left as they are.
     */
    static Throwable classify(Throwable failure, Batch batch) {
        return mayHaveBeenTaken(failure) ? unknown(batch, failure) : failure;
    }

    /** Whether an upload that failed so may still have been taken by the server (see {@link #classify}). */
    static boolean mayHaveBeenTaken(Throwable failure) {
        if (failure instanceof OutcomeUnknownException) {
            return true;
        }
        if (failure instanceof ApiException) {
            return ((ApiException) failure).error().known().map(ErrorCode::uploadMayHaveCreatedBatch).orElse(false);
        }
        if (failure instanceof TransportException) {
            return ((TransportException) failure).mayHaveReachedServer();
        }
        if (failure instanceof HttpStatusException) {
            return ((HttpStatusException) failure).status() >= 500;
        }
        // an Error is left as it is; DecodingException and the unexpected land on true: the server answered, so it
        // may well hold the batch
        return !(failure instanceof Error);
    }

    private static OutcomeUnknownException unknown(Batch batch, Throwable cause) {
        return new OutcomeUnknownException(OPERATION, batch.paymentNumbers(), cause);
    }

    static SubmittedBatch accepted(Batch batch, BatchText text, BatchReceipt receipt) {
        Objects.requireNonNull(receipt, "the upload answered no receipt");
        List<RejectedOrder> rejected = new ArrayList<>(receipt.rejections().size());
        Set<Integer> rejectedLines = new HashSet<>();
        for (LineRejection rejection : receipt.rejections()) {
            int line = rejection.line();
            Optional<PaymentOrder> order = line >= 1 && line <= batch.size() ? Optional.of(batch.line(line)) : Optional.empty();
            rejected.add(new RejectedOrder(line, order, rejection.comment()));
            rejectedLines.add(line);
        }
        List<String> acceptedNumbers = new ArrayList<>(batch.size() - rejectedLines.size());
        for (int line = 1; line <= batch.size(); line++) {
            if (!rejectedLines.contains(line)) {
                acceptedNumbers.add(batch.line(line).paymentNumber());
            }
        }
        return new SubmittedBatch(receipt, text, rejected, acceptedNumbers);
    }
}
