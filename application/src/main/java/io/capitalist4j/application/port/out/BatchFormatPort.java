package io.capitalist4j.application.port.out;

import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchText;

/** Batch text ⇄ payment orders. */
public interface BatchFormatPort {

    /** The exact text to send: one line per order, fields in the opcode's order. */
    BatchText render(Batch batch);

    /**
     * Reads every line and reports every bad one (1-based line, field, reason), not only the first.
     * Tolerates a UTF-8 BOM, CRLF and a trailing line break.
     */
    ParsedBatch parse(String text);
}
