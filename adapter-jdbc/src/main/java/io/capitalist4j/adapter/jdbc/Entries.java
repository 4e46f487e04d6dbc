package io.capitalist4j.adapter.jdbc;

import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.application.port.out.journal.JournalState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads entries as the port shows them: a number's own override for its current claim when it has one, else its
 * claim's values (the claim's time of claiming in every case).
 */
final class Entries {

    private static final String COLUMNS = "SELECT j.login, j.payment_number, j.claim_id,"
            + " CASE WHEN o.state IS NULL THEN c.state ELSE o.state END AS state,"
            + " CASE WHEN o.state IS NULL THEN c.batch_id ELSE o.batch_id END AS batch_id,"
            + " CASE WHEN o.state IS NULL THEN c.note ELSE o.note END AS note,"
            + " c.claimed_at,"
            + " CASE WHEN o.state IS NULL THEN c.updated_at ELSE o.updated_at END AS updated_at";
    private static final String CLAIM_AND_OVERRIDE =
            " JOIN " + JournalSchema.CLAIMS + " c ON c.login = j.login AND c.claim_id = j.claim_id"
            + " LEFT JOIN " + JournalSchema.OVERRIDES + " o ON o.login = j.login AND o.claim_id = j.claim_id"
            + " AND o.payment_number = j.payment_number";

    private Entries() {
    }

    /** The entries of these numbers (distinct), by number; numbers never claimed are absent. */
    static Map<String, JournalEntry> find(Connection c, String login, List<String> numbers) throws SQLException {
        Map<String, JournalEntry> found = new LinkedHashMap<>();
        Bulk.inArrays(c, numbers, (chunk, array) -> {
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + " FROM " + Bulk.NUMBERS
                    + " JOIN " + JournalSchema.TABLE + " j ON j.login = ? AND j.payment_number = u.x"
                    + CLAIM_AND_OVERRIDE)) {
                ps.setArray(1, array);
                ps.setString(2, login);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        JournalEntry e = entry(rs);
                        found.put(e.paymentNumber(), e);
                    }
                }
            }
        });
        return found;
    }

    /** Every entry of {@code login}, in {@code state} or in all, oldest claim first. */
    static List<JournalEntry> list(Connection c, String login, Optional<JournalState> state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COLUMNS + " FROM " + JournalSchema.TABLE + " j"
                + CLAIM_AND_OVERRIDE + " WHERE j.login = ?"
                + (state.isPresent() ? " AND CASE WHEN o.state IS NULL THEN c.state ELSE o.state END = ?" : "")
                + " ORDER BY c.claimed_at, j.claim_id, j.payment_number")) {
            ps.setString(1, login);
            if (state.isPresent()) {
                ps.setString(2, state.get().label());
            }
            List<JournalEntry> entries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(entry(rs));
                }
            }
            return entries;
        }
    }

    private static JournalEntry entry(ResultSet rs) throws SQLException {
        return new JournalEntry(rs.getString("login"), rs.getString("payment_number"),
                JournalState.fromLabel(rs.getString("state")), rs.getString("claim_id"),
                Optional.ofNullable(rs.getString("batch_id")), Optional.ofNullable(rs.getString("note")),
                instant(rs, "claimed_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
