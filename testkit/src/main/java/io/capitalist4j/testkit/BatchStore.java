package io.capitalist4j.testkit;

import io.capitalist4j.domain.batch.BatchId;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

/** Accepted batches and the documents their lines became, with the ids the bank hands out for them. */
final class BatchStore {

    private final Random ids;
    private final Map<String, StoredBatch> batches = new LinkedHashMap<>();
    private final List<StoredRecord> documents = new ArrayList<>();
    private long nextDocumentId = 92_000_001L;
    private long nextDocumentNumber = 51_000_001L;

    BatchStore(SandboxConfig config) {
        this.ids = config.idSeed().isPresent() ? new Random(config.idSeed().getAsLong()) : new SecureRandom();
    }

    /** A random (version 4) UUID, as the live server's batch ids look (§6.2). */
    BatchId newBatchId() {
        long hi = (ids.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (ids.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return BatchId.of(new UUID(hi, lo).toString());
    }

    long nextDocumentId() {
        return nextDocumentId++;
    }

    long nextDocumentNumber() {
        return nextDocumentNumber++;
    }

    void add(StoredBatch batch) {
        batches.put(batch.id.value(), batch);
        batch.records.stream().filter(StoredRecord::isDocument).forEach(documents::add);
    }

    StoredBatch get(BatchId id) {
        StoredBatch b = batches.get(id.value());
        if (b == null) {
            throw new IllegalArgumentException("no batch " + id);
        }
        return b;
    }

    /** The caller's batch with this id; anyone else's is as unknown as one that does not exist. */
    StoredBatch own(SandboxUser user, String batchId) {
        if (batchId == null || batchId.isBlank()) {
            throw ApiFailure.badParams("batch_id is required");
        }
        StoredBatch b = batches.get(batchId.trim());
        if (b == null || !b.owner.equals(user.login())) {
            throw ApiFailure.badParams("unknown batch_id " + batchId);
        }
        return b;
    }

    List<BatchId> ids() {
        return batches.values().stream().map(b -> b.id).collect(Collectors.toList());
    }

    List<StoredRecord> documents() {
        return documents;
    }
}
