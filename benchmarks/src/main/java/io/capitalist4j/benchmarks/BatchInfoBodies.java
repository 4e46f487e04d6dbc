package io.capitalist4j.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.capitalist4j.domain.batch.RecordState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A get_batch_info answer for one page of records, written the way the server (and the testkit) writes it:
 * JSON with {@code documentId} as a number ({@code null} for a line skipped at upload), amounts as strings,
 * Cyrillic as raw UTF-8; CSV with the seven-field first line and ten fields per record.
 */
final class BatchInfoBodies {

    static final String BATCH_ID = "c1f56606-15a8-43ff-99ef-a2a63ddc819a";
    private static final RecordState[] STATES = RecordState.values();
    /** One line in fifty was rejected at upload. */
    private static final int SKIP_EVERY = 50;

    private BatchInfoBodies() {
    }

    static byte[] json(List<PayoutRows.Row> rows, int offset, int totalCount) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(rows.size() * 300);
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNumberField("code", 0);
            g.writeStringField("message", "");
            g.writeObjectFieldStart("data");
            g.writeStringField("id", BATCH_ID);
            g.writeNumberField("offset", offset);
            g.writeNumberField("page", offset / rows.size());
            g.writeNumberField("pageSize", rows.size());
            g.writeNumberField("pageCount", (totalCount + rows.size() - 1) / rows.size());
            g.writeNumberField("totalCount", totalCount);
            g.writeArrayFieldStart("records");
            for (int i = 0; i < rows.size(); i++) {
                PayoutRows.Row r = rows.get(i);
                int line = offset + i + 1;
                boolean skipped = line % SKIP_EVERY == 0;
                g.writeStartObject();
                g.writeNumberField("lineNumber", line);
                g.writeStringField("internalNumber", r.paymentNumber());
                g.writeStringField("beneficiary", r.recipient());
                g.writeStringField("amount", r.amount().toPlainString());
                g.writeStringField("currency", r.currency());
                g.writeStringField("description", r.description());
                if (skipped) {
                    g.writeNullField("documentId");
                } else {
                    g.writeNumberField("documentId", 92_000_000L + line);
                }
                g.writeStringField("state", state(line).name());
                g.writeStringField("paymentType", skipped ? "SKIP" : "");
                g.writeStringField("errorDetails", skipped ? "Неверный номер карты" : "");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] csv(List<PayoutRows.Row> rows, int offset, int totalCount) {
        StringBuilder text = new StringBuilder(rows.size() * 200);
        text.append("0;").append(BATCH_ID).append(';').append(offset).append(';').append(rows.size()).append(';')
                .append(totalCount).append(';').append((totalCount + rows.size() - 1) / rows.size()).append(';')
                .append(offset / rows.size());
        for (int i = 0; i < rows.size(); i++) {
            PayoutRows.Row r = rows.get(i);
            int line = offset + i + 1;
            boolean skipped = line % SKIP_EVERY == 0;
            text.append('\n').append(line).append(';').append(r.paymentNumber()).append(';').append(r.recipient())
                    .append(';').append(r.amount().toPlainString()).append(';').append(r.currency()).append(';')
                    .append(r.description()).append(';').append(skipped ? "" : Long.toString(92_000_000L + line))
                    .append(';').append(state(line).name()).append(';').append(skipped ? "SKIP" : "").append(';')
                    .append(skipped ? "Неверный номер карты" : "");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static RecordState state(int line) {
        return STATES[line % STATES.length];
    }
}
