package io.capitalist4j.adapter.jdbc;

import io.capitalist4j.application.port.out.journal.JournalState;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/** What one {@code markSent}, {@code release} or {@code noteInDoubt} does to each in-doubt number it names. */
final class Change {

    /** The values an entry holds besides its key, its claim and its time of claiming. */
    record Values(String state, String batchId, String note, OffsetDateTime updatedAt) {
    }

    private enum Kind { SENT, RELEASED, NOTED }

    private final Kind kind;
    private final String batchId;
    private final String note;
    private final OffsetDateTime at;

    private Change(Kind kind, String batchId, String note, OffsetDateTime at) {
        this.kind = kind;
        this.batchId = batchId;
        this.note = note;
        this.at = at;
    }

    static Change sent(String batchId, OffsetDateTime at) {
        return new Change(Kind.SENT, Objects.requireNonNull(batchId), null, Objects.requireNonNull(at));
    }

    static Change released(String reason, OffsetDateTime at) {
        return new Change(Kind.RELEASED, null, Objects.requireNonNull(reason), Objects.requireNonNull(at));
    }

    /** A note, and the batch when it is known; the state and the time of the last change stay. */
    static Change noted(String note, Optional<String> batchId) {
        return new Change(Kind.NOTED, batchId.orElse(null), Objects.requireNonNull(note), null);
    }

    /** Whether the numbers leave {@code in-doubt}. */
    boolean settles() {
        return kind != Kind.NOTED;
    }

    Values applyTo(Values v) {
        switch (kind) {
            case SENT:
                return new Values(JournalState.SENT.label(), batchId, v.note(), at);
            case RELEASED:
                return new Values(JournalState.RELEASED.label(), v.batchId(), note, at);
            default:
                return new Values(v.state(), batchId != null ? batchId : v.batchId(), note, v.updatedAt());
        }
    }

    /** The {@code SET} clause that makes this change to a row holding its own values. */
    String assignments() {
        switch (kind) {
            case SENT:
                return "state = 'sent', batch_id = ?, updated_at = ?";
            case RELEASED:
                return "state = 'released', note = ?, updated_at = ?";
            default:
                return batchId != null ? "note = ?, batch_id = ?" : "note = ?";
        }
    }

    /** Binds the parameters of {@link #assignments()} from {@code index} on; returns the next free index. */
    int bind(PreparedStatement ps, int index) throws SQLException {
        switch (kind) {
            case SENT:
                ps.setString(index++, batchId);
                ps.setObject(index++, at);
                return index;
            case RELEASED:
                ps.setString(index++, note);
                ps.setObject(index++, at);
                return index;
            default:
                ps.setString(index++, note);
                if (batchId != null) {
                    ps.setString(index++, batchId);
                }
                return index;
        }
    }
}
