package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.application.port.out.journal.JournalEntry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Journal entries as every command prints them. JSON: {@code paymentNumber}, {@code state} ({@code in-doubt},
 * {@code sent} or {@code released}), {@code batchId} and {@code note} ({@code null} when not known), {@code claimedAt}
 * and {@code updatedAt} (ISO-8601 in UTC, e.g. {@code 2025-01-31T09:15:02.123Z}), {@code claimId}.
 */
final class JournalEntries {

    private JournalEntries() {
    }

    static ObjectNode json(ObjectNode node, JournalEntry e) {
        return node.put("paymentNumber", e.paymentNumber())
                .put("state", e.state().label())
                .put("batchId", e.batchId().orElse(null))
                .put("claimedAt", e.claimedAt().toString())
                .put("updatedAt", e.updatedAt().toString())
                .put("note", e.note().orElse(null))
                .put("claimId", e.claimId());
    }

    static ArrayNode json(ArrayNode array, List<JournalEntry> entries) {
        entries.forEach(e -> json(array.addObject(), e));
        return array;
    }

    static ArrayNode json(List<JournalEntry> entries) {
        return json(JsonNodeFactory.instance.arrayNode(), entries);
    }

    /** A table time: UTC to the second, e.g. {@code 2025-01-31T09:15:02Z}. */
    static String shown(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** {@code NUMBER  state[  batch ID]}, the line each held number gets on stderr. */
    static String line(JournalEntry e) {
        return e.paymentNumber() + "  " + e.state().label() + e.batchId().map(id -> "  batch " + id).orElse("");
    }
}
