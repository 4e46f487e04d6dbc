package io.capitalist4j.testkit;

import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.VerificationMethod;
import java.util.List;

/** An accepted upload: its owner, how it was verified, and every line as a record. */
final class StoredBatch {

    final BatchId id;
    final String owner;
    final VerificationMethod method;
    final List<StoredRecord> records;
    boolean confirmed;

    StoredBatch(BatchId id, String owner, VerificationMethod method, List<StoredRecord> records) {
        this.id = id;
        this.owner = owner;
        this.method = method;
        this.records = List.copyOf(records);
        this.confirmed = method != VerificationMethod.MOBILE;
    }
}
