package io.capitalist4j.domain.batch;

import java.util.Objects;

/** The answer of process_batch: {@code verificationSuccess} 1 means confirmed, 2 means the code failed. */
public record ConfirmationResult(BatchId id, int verificationSuccess) {

    public ConfirmationResult {
        Objects.requireNonNull(id, "id");
    }

    public boolean confirmed() {
        return verificationSuccess == 1;
    }
}
