package io.capitalist4j.application.port.in;

import io.capitalist4j.application.port.out.journal.JournalEntry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A submit through the journal that skipped the numbers it holds: the upload of the other lines, if any were
 * left, and the entries of the lines not sent.
 *
 * @param upload         the accepted upload; empty when every number was held ("nothing to send")
 * @param skipped        the held numbers, not uploaded, each with its state
 */
public record JournaledSubmission(Optional<SubmittedBatch> upload, List<JournalEntry> skipped) {

    public JournaledSubmission {
        Objects.requireNonNull(upload, "upload");
        skipped = List.copyOf(skipped);
    }

    /**
     * Set when the upload was accepted but the journal could not record it: its numbers stay {@code in-doubt}
     * (still held) until {@code recover} settles them.
     */
    public Optional<String> journalProblem() {
        return upload.flatMap(SubmittedBatch::journalProblem);
    }

    /** Whether every line was held, so nothing was uploaded. */
    public boolean nothingSent() {
        return upload.isEmpty();
    }
}
