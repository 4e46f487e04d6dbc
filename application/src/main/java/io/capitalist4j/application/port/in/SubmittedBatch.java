package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.BatchText;
import java.util.List;
import java.util.Objects;

/**
 * An accepted upload: the server's receipt, the exact text that was signed and sent, the lines it rejected
 * (mapped back to their orders) and the payment numbers of every other line, in batch order.
 */
public record SubmittedBatch(BatchReceipt receipt, BatchText text, List<RejectedOrder> rejections,
                             List<String> acceptedPaymentNumbers) {

    public SubmittedBatch {
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(text, "text");
        rejections = List.copyOf(rejections);
        acceptedPaymentNumbers = List.copyOf(acceptedPaymentNumbers);
    }

    public BatchId id() {
        return receipt.id();
    }

    public boolean fullyAccepted() {
        return rejections.isEmpty();
    }
}
