package io.capitalist4j.adapter.csv;

import io.capitalist4j.application.port.out.BatchFormatPort;
import io.capitalist4j.application.port.out.ParsedBatch;
import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/** The public entry point of the CSV adapter: the batch text format of import_batch_advanced. */
public final class CsvCodecs {

    private static final SemicolonBatchFormat DEFAULT_BATCH_FORMAT = new SemicolonBatchFormat(BatchFormatOptions.defaults());

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

    /**
     * Parses a batch as it streams from {@code text} (a file's reader, say), with the default options: the
     * same outcome as {@code batchFormat().parse(String)}, in memory bounded by the limits, never by the
     * size of the text. Reading stops at the first line past the record limit; a line longer than
     * {@code BatchLimits.maxLineLength()} is reported by its length and longest field and not kept. The reader
     * is read, not closed.
     *
     * @throws IOException when the reader fails, e.g. a strict UTF-8 decoder meeting bytes that are not UTF-8
     */
    public static ParsedBatch parseBatch(Reader text) throws IOException {
        return DEFAULT_BATCH_FORMAT.parse(text);
    }

    /** {@link #parseBatch(Reader)} with the given options. */
    public static ParsedBatch parseBatch(Reader text, BatchFormatOptions options) throws IOException {
        return new SemicolonBatchFormat(Objects.requireNonNull(options, "options")).parse(text);
    }
}
