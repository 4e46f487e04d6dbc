package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.BatchId;
import java.util.Objects;

/** The batch to confirm and the SMS code; the code never shows in {@code toString}. */
public record ConfirmBatchCommand(BatchId batchId, Secret smsCode) {

    public ConfirmBatchCommand {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(smsCode, "smsCode");
        if (smsCode.isEmpty()) {
            throw new IllegalArgumentException("the SMS code is empty");
        }
    }

    @Override
    public String toString() {
        return "ConfirmBatchCommand[batchId=" + batchId + ", smsCode=***]";
    }
}
