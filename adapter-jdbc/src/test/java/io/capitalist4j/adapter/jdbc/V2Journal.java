package io.capitalist4j.adapter.jdbc;

import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.application.port.out.journal.JournalState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A journal database as capitalist4j wrote it before the claims table: the schema of migrations 1 and 2 (one row
 * per number holding every value of its entry), written and read the way that code did.
 */
final class V2Journal {

    private static final String COLUMNS =
            "login, payment_number, state, claim_id, batch_id, note, claimed_at, updated_at";

    private V2Journal() {
    }

    /** Brings an empty database to schema version 2, as the journal's own Flyway set-up would have. */
    static void create(DataSource ds) {
        Flyway.configure(V2Journal.class.getClassLoader()).dataSource(ds).locations(JournalSchema.LOCATION)
                .table(JournalSchema.HISTORY_TABLE).baselineOnMigrate(true).baselineVersion("0")
                .target("2").load().migrate();
    }

    static void write(DataSource ds, Collection<JournalEntry> entries) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO "
                + JournalSchema.TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (JournalEntry e : entries) {
                ps.setString(1, e.login());
                ps.setString(2, e.paymentNumber());
                ps.setString(3, e.state().label());
                ps.setString(4, e.claimId());
                ps.setString(5, e.batchId().orElse(null));
                ps.setString(6, e.note().orElse(null));
                ps.setObject(7, OffsetDateTime.ofInstant(e.claimedAt(), ZoneOffset.UTC));
                ps.setObject(8, OffsetDateTime.ofInstant(e.updatedAt(), ZoneOffset.UTC));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** What the V2 journal's {@code list(login, empty)} answered: every entry, oldest claim first. */
    static List<JournalEntry> list(DataSource ds, String login) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM " + JournalSchema.TABLE + " WHERE login = ? ORDER BY claimed_at, claim_id, payment_number")) {
            ps.setString(1, login);
            List<JournalEntry> entries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new JournalEntry(rs.getString("login"), rs.getString("payment_number"),
                            JournalState.fromLabel(rs.getString("state")), rs.getString("claim_id"),
                            Optional.ofNullable(rs.getString("batch_id")), Optional.ofNullable(rs.getString("note")),
                            rs.getObject("claimed_at", OffsetDateTime.class).toInstant(),
                            rs.getObject("updated_at", OffsetDateTime.class).toInstant()));
                }
            }
            return entries;
        }
    }
}
