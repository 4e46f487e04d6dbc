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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    private static final String STATE = "CASE WHEN o.state IS NULL THEN c.state ELSE o.state END";
    private static final String ORDER = " ORDER BY c.claimed_at, j.claim_id, j.payment_number";
    private static final String IN_DOUBT = JournalState.IN_DOUBT.label();
    /*
     * Every join is a LEFT JOIN, its rows kept by the WHERE clause: H2 keeps the order of outer joins, so the numbers
     * named drive the query and each row is found by its primary key (with inner joins H2 may start from the
     * login's rows and read all of them); PostgreSQL turns them back into inner joins and plans as it likes.
     */
    private static final String CLAIM_AND_OVERRIDE =
            " LEFT JOIN " + JournalSchema.CLAIMS + " c ON c.login = j.login AND c.claim_id = j.claim_id"
            + " LEFT JOIN " + JournalSchema.OVERRIDES + " o ON o.login = j.login AND o.claim_id = j.claim_id"
            + " AND o.payment_number = j.payment_number";
    private static final String NUMBERS_NAMED = " FROM " + Bulk.NUMBERS + " LEFT JOIN " + JournalSchema.TABLE
            + " j ON j.login = ? AND j.payment_number = u.x" + CLAIM_AND_OVERRIDE;
    private static final String FOUND = " j.payment_number IS NOT NULL AND c.claim_id IS NOT NULL";
    /** The entries of the numbers in an array: array, login. */
    static final String FIND = COLUMNS + NUMBERS_NAMED + " WHERE" + FOUND;
    /** The entries in doubt among the numbers in an array, oldest claim first: array, login, state. */
    static final String IN_DOUBT_AMONG = COLUMNS + NUMBERS_NAMED + " WHERE" + FOUND + " AND " + STATE + " = ?"
            + ORDER;

    private Entries() {
    }

    /** The entries of these numbers (distinct), by number; numbers never claimed are absent. */
    static Map<String, JournalEntry> find(Connection c, String login, List<String> numbers) throws SQLException {
        Map<String, JournalEntry> found = new LinkedHashMap<>();
        Bulk.inArrays(c, numbers, (chunk, array) -> {
            try (PreparedStatement ps = c.prepareStatement(FIND)) {
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
        if (state.isPresent() && state.get() == JournalState.IN_DOUBT) {
            Optional<List<String>> candidates = inDoubtCandidates(c, login);
            if (candidates.isPresent()) {
                return candidates.get().isEmpty() ? List.of() : inDoubtAmong(c, login, candidates.get());
            }
        }
        try (PreparedStatement ps = c.prepareStatement(COLUMNS + " FROM " + JournalSchema.TABLE + " j"
                + CLAIM_AND_OVERRIDE + " WHERE j.login = ? AND c.claim_id IS NOT NULL"
                + (state.isPresent() ? " AND " + STATE + " = ?" : "")
                + ORDER)) {
            ps.setString(1, login);
            if (state.isPresent()) {
                ps.setString(2, state.get().label());
            }
            return entries(ps);
        }
    }

    /** How many numbers of {@code login} are in {@code state}. */
    static long count(Connection c, String login, JournalState state) throws SQLException {
        if (state == JournalState.IN_DOUBT) {
            return list(c, login, Optional.of(state)).size();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + JournalSchema.TABLE + " j"
                + CLAIM_AND_OVERRIDE + " WHERE j.login = ? AND c.claim_id IS NOT NULL AND " + STATE + " = ?")) {
            ps.setString(1, login);
            ps.setString(2, state.label());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The numbers that may be in doubt, from the claims in doubt (their manifests) and the overrides in doubt,
     * without reading the login's other numbers; empty when that cannot be told so (a claim in doubt moved from V2
     * with numbers following it, which has no manifest, or more numbers than one array holds).
     */
    private static Optional<List<String>> inDoubtCandidates(Connection c, String login) throws SQLException {
        Set<String> candidates = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT followers, claimed_numbers FROM " + JournalSchema.CLAIMS
                + " WHERE login = ? AND state = ?")) {
            ps.setString(1, login);
            ps.setString(2, IN_DOUBT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String manifest = rs.getString(2);
                    if (manifest != null) {
                        candidates.addAll(ClaimManifest.decode(manifest));
                    } else if (rs.getInt(1) > 0) {
                        return Optional.empty();
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT payment_number FROM " + JournalSchema.OVERRIDES
                + " WHERE login = ? AND state = ?")) {
            ps.setString(1, login);
            ps.setString(2, IN_DOUBT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.add(rs.getString(1));
                }
            }
        }
        return candidates.size() > Bulk.MAX_ARRAY ? Optional.empty() : Optional.of(List.copyOf(candidates));
    }

    /** The entries in doubt among {@code numbers} (at most {@link Bulk#MAX_ARRAY}), oldest claim first. */
    private static List<JournalEntry> inDoubtAmong(Connection c, String login, List<String> numbers)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(IN_DOUBT_AMONG)) {
            java.sql.Array array = c.createArrayOf("varchar", numbers.toArray());
            try {
                ps.setArray(1, array);
                ps.setString(2, login);
                ps.setString(3, IN_DOUBT);
                return entries(ps);
            } finally {
                array.free();
            }
        }
    }

    private static List<JournalEntry> entries(PreparedStatement ps) throws SQLException {
        List<JournalEntry> entries = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                entries.add(entry(rs));
            }
        }
        return entries;
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
