package io.capitalist4j.domain.batch;

/**
 * Limits a batch is checked against before it is sent. The API answers code 112 above its record limit,
 * whose value is not published; the default here is our assumption and can be changed.
 */
public record BatchLimits(int maxRecords) {

    public static final int DEFAULT_MAX_RECORDS = 10_000;
    public static final BatchLimits DEFAULT = new BatchLimits(DEFAULT_MAX_RECORDS);

    public BatchLimits {
        if (maxRecords < 1) {
            throw new IllegalArgumentException("maxRecords must be at least 1: " + maxRecords);
        }
    }
}
