package io.capitalist4j.domain.batch;

/**
 * Limits a batch is checked against before it is sent. The API answers code 112 above its record limit,
 * whose value is not published; the defaults here are our assumption and can be changed.
 *
 * @param maxRecords    the most lines (orders) of one batch
 * @param maxLineLength the most characters of one line a reader keeps: a longer line is refused on its own, and
 *                      so is everything after the record limit, so reading a file takes bounded memory whatever
 *                      its size. The default leaves room for the longest valid line (every text field of the
 *                      widest layout at its limit).
 */
public record BatchLimits(int maxRecords, int maxLineLength) {

    public static final int DEFAULT_MAX_RECORDS = 10_000;
    public static final int DEFAULT_MAX_LINE_LENGTH = 4_096;
    public static final BatchLimits DEFAULT = new BatchLimits(DEFAULT_MAX_RECORDS, DEFAULT_MAX_LINE_LENGTH);

    public BatchLimits {
        if (maxRecords < 1) {
            throw new IllegalArgumentException("maxRecords must be at least 1: " + maxRecords);
        }
        if (maxLineLength < 1) {
            throw new IllegalArgumentException("maxLineLength must be at least 1: " + maxLineLength);
        }
    }

    /** These records with the default line length. */
    public BatchLimits(int maxRecords) {
        this(maxRecords, DEFAULT_MAX_LINE_LENGTH);
    }

    public BatchLimits withMaxRecords(int records) {
        return new BatchLimits(records, maxLineLength);
    }

    public BatchLimits withMaxLineLength(int characters) {
        return new BatchLimits(maxRecords, characters);
    }
}
