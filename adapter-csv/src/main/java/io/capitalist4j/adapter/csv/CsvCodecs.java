package io.capitalist4j.adapter.csv;

import io.capitalist4j.application.port.out.BatchFormatPort;
import java.util.Objects;

/** The public entry point of the CSV adapter: the batch text format of import_batch_advanced. */
public final class CsvCodecs {

    private static final BatchFormatPort DEFAULT_BATCH_FORMAT = new SemicolonBatchFormat(BatchFormatOptions.defaults());

    private CsvCodecs() {
    }

    /** The batch format with {@link BatchFormatOptions#defaults()}. Stateless and thread-safe. */
    public static BatchFormatPort batchFormat() {
        return DEFAULT_BATCH_FORMAT;
    }

    /** The batch format with the given options. Stateless and thread-safe. */
    public static BatchFormatPort batchFormat(BatchFormatOptions options) {
        return new SemicolonBatchFormat(Objects.requireNonNull(options, "options"));
    }
}
