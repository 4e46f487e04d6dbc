package io.capitalist4j.domain.batch;

import java.util.Objects;
import java.util.regex.Pattern;

/** The id import_batch_advanced gives a batch (a UUID string); kept as the server wrote it. */
public record BatchId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z-]{1,64}");

    public BatchId {
        Objects.requireNonNull(value, "batch id");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("batch id must be letters, digits and '-': '" + value + "'");
        }
    }

    public static BatchId of(String value) {
        return new BatchId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
