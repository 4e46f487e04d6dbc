package io.capitalist4j.adapter.jdbc;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The journal's tables ({@value #TABLE}, {@value #CLAIMS}, {@value #OVERRIDES}), created and upgraded by
 * Flyway from migrations of our own ({@value #LOCATION}) with a history table of our own ({@value #HISTORY_TABLE}),
 * so the journal can share a database, even a schema, with an application that runs Flyway for itself.
 */
final class JournalSchema {

    static final String LOCATION = "classpath:db/capitalist4j/journal";
    static final String HISTORY_TABLE = "capitalist4j_journal_schema_history";
    /** One row per (login, payment number): the claim that holds it. */
    static final String TABLE = "capitalist4j_payout_journal";
    /** One row per claim: the state, batch, note and times its numbers share. */
    static final String CLAIMS = "capitalist4j_payout_claim";
    /** The numbers settled apart from the rest of their claim, with values of their own. */
    static final String OVERRIDES = "capitalist4j_payout_override";
    /** The newest migration under {@link #LOCATION}; {@code SchemaVersionTest} holds the two together. */
    static final int NEWEST = 3;

    private JournalSchema() {
    }

    /**
     * Brings the schema up to the newest migration this code has.
     *
     * @throws IllegalStateException naming both versions when the database holds a migration newer than this code
     */
    static void migrate(DataSource dataSource) {
        if (upToDate(dataSource)) {
            return; // the common start: no Flyway scan (it costs a third of a second per process)
        }
        Flyway flyway = Flyway.configure(JournalSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                // a schema that already holds other tables is the user's: start our history at 0 beside them
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("capitalist4j journal history begins")
                .load();
        MigrationInfo[] all = flyway.info().all();
        Optional<MigrationVersion> newest = Arrays.stream(all)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder());
        if (newest.isPresent()) {
            String known = Arrays.stream(all)
                    .filter(m -> m.getState().isResolved() && m.getVersion() != null)
                    .map(MigrationInfo::getVersion)
                    .max(Comparator.naturalOrder())
                    .map(MigrationVersion::getVersion)
                    .orElse("none");
            throw new NewerSchemaException(newest.get().getVersion(), known);
        }
        flyway.migrate();
    }

    /**
     * Whether the history table says exactly the migrations 1 to {@link #NEWEST} succeeded, and nothing newer; any
     * doubt (no table, a failed or newer migration, an unreadable version) leaves the decision to Flyway.
     */
    static boolean upToDate(DataSource dataSource) {
        try (java.sql.Connection c = dataSource.getConnection()) {
            try (java.sql.ResultSet tables = c.getMetaData().getTables(null, null, HISTORY_TABLE, null)) {
                if (!tables.next()) {
                    return false; // a new database: Flyway creates it (no failed query left in a trace file)
                }
            }
            return applied(c);
        } catch (java.sql.SQLException | RuntimeException e) {
            return false; // not readable: Flyway decides and reports
        }
    }

    private static boolean applied(java.sql.Connection c) throws java.sql.SQLException {
        try (java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"" + HISTORY_TABLE + "\"")) {
            java.util.Set<Integer> applied = new java.util.HashSet<>();
            while (rs.next()) {
                String version = rs.getString(1);
                if (version == null || version.equals("0")) {
                    continue; // the baseline row
                }
                if (!rs.getBoolean(2) || !version.matches("[0-9]{1,4}")) {
                    return false;
                }
                applied.add(Integer.parseInt(version));
            }
            for (int v = 1; v <= NEWEST; v++) {
                if (!applied.remove(v)) {
                    return false;
                }
            }
            return applied.isEmpty();
        }
    }

    /** The database was upgraded by a newer capitalist4j; this one must not write to it. */
    static final class NewerSchemaException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        NewerSchemaException(String found, String known) {
            super("its journal schema is at version " + found + ", newer than version " + known
                    + ", the newest this capitalist4j knows; use the capitalist4j that upgraded it, or a newer one");
        }
    }
}
