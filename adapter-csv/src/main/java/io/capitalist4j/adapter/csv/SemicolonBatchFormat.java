package io.capitalist4j.adapter.csv;

import io.capitalist4j.application.port.out.BatchFormatPort;
import io.capitalist4j.application.port.out.ParsedBatch;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchText;
import java.io.IOException;
import java.io.Reader;

/** The batch format: one order per line, fields separated by {@code ;}, nothing quoted or escaped. */
final class SemicolonBatchFormat implements BatchFormatPort {

    private final BatchRenderer renderer;
    private final BatchParser parser;

    SemicolonBatchFormat(BatchFormatOptions options) {
        this.renderer = new BatchRenderer(options);
        this.parser = new BatchParser(options);
    }

    @Override
    public BatchText render(Batch batch) {
        return renderer.render(batch);
    }

    @Override
    public ParsedBatch parse(String text) {
        return parser.parse(text);
    }

    /** The same as {@link #parse(String)}, read as it streams by, in memory bounded by the options' limits. */
    ParsedBatch parse(Reader text) throws IOException {
        return parser.parse(text);
    }
}
