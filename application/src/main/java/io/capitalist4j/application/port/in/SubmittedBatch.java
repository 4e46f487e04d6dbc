package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.BatchText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An accepted upload: the server's receipt, the exact text that was signed and sent, the lines it rejected
 * (mapped back to their orders) and the payment numbers of every other line, in batch order.
 *
 * @param journalProblem set when the upload went through a journal that could not record the answer: its
 *                       numbers stay {@code in-doubt} (still held, never sent again) until {@code recover}
 */
public record SubmittedBatch(BatchReceipt receipt, BatchText text, List<RejectedOrder> rejections,
                             List<String> acceptedPaymentNumbers, Optional<String> journalProblem) {

    public SubmittedBatch {
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(text, "text");
        rejections = List.copyOf(rejections);
        acceptedPaymentNumbers = List.copyOf(acceptedPaymentNumbers);
        Objects.requireNonNull(journalProblem, "journalProblem");
    }

    public SubmittedBatch(BatchReceipt receipt, BatchText text, List<RejectedOrder> rejections,
                          List<String> acceptedPaymentNumbers) {
        this(receipt, text, rejections, acceptedPaymentNumbers, Optional.empty());
    }

    /** The same upload, noting that the journal could not record it. */
    public SubmittedBatch withJournalProblem(String problem) {
        return new SubmittedBatch(receipt, text, rejections, acceptedPaymentNumbers, Optional.of(problem));
    }

    public BatchId id() {
        return receipt.id();
    }

    public boolean fullyAccepted() {
        return rejections.isEmpty();
    }
}
