package io.capitalist4j.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.JournalUnavailableException;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.domain.auth.Secret;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Flyway creates the schema once, in tables of our own, and a schema newer than the code is refused. */
class SchemaVersionTest {

    @Test
    void aSchemaNewerThanTheCodeIsRefusedNamingBothVersionsOnH2() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:newer-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        refusesANewerSchema(h2);
    }

    @Test
    void aSchemaNewerThanTheCodeIsRefusedNamingBothVersionsOnPostgresql() throws SQLException {
        refusesANewerSchema(postgres());
    }

    private static void refusesANewerSchema(DataSource ds) throws SQLException {
        try (PayoutJournalPort journal = JdbcPayoutJournal.over(ds)) {
            journal.check();
            journal.claim("login", List.of("before-upgrade"), ClaimMode.ALL_OR_NOTHING);
        }
        // Flyway quotes its names, so on H2 they are lower case and must be quoted here too
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO \""
                + JournalSchema.HISTORY_TABLE + "\" (\"installed_rank\", \"version\", \"description\", \"type\","
                + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                + " VALUES (?, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 1, 'a newer capitalist4j', 1, TRUE)")) {
            ps.setInt(1, 100);
            ps.executeUpdate();
        }

        PayoutJournalPort checked = JdbcPayoutJournal.over(ds);
        assertThatThrownBy(checked::check)
                .isInstanceOf(JournalUnavailableException.class)
                .hasMessageContaining("version 99")
                .hasMessageContaining("version " + JournalSchema.NEWEST)
                .hasMessageContaining("newer")
                .satisfies(e -> System.out.println("newer schema: " + e.getMessage()));
        PayoutJournalPort lazy = JdbcPayoutJournal.over(ds);
        assertThatThrownBy(() -> lazy.claim("login", List.of("after-upgrade"), ClaimMode.ALL_OR_NOTHING))
                .as("checked before the first use too")
                .isInstanceOf(JournalUnavailableException.class)
                .hasMessageContaining("version 99");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + JournalSchema.TABLE)) {
            rs.next();
            assertThat(rs.getInt(1)).as("nothing claimed by the refused journal").isEqualTo(1);
        }
    }

    @Test
    void theSchemaIsCreatedLazilyByTheFirstCallAndOnlyOnce() throws SQLException {
        DataSource ds = postgres();
        try (PayoutJournalPort first = JdbcPayoutJournal.over(ds)) {
            first.claim("login", List.of("a"), ClaimMode.ALL_OR_NOTHING);
        }
        try (PayoutJournalPort second = JdbcPayoutJournal.over(ds)) {
            second.check();
            assertThat(second.find("login", List.of("a"))).containsKey("a");
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM " + JournalSchema.HISTORY_TABLE
                     + " WHERE success ORDER BY installed_rank")) {
            List<String> applied = new java.util.ArrayList<>();
            while (rs.next()) {
                applied.add(rs.getString(1));
            }
            assertThat(applied).as("each migration applied once").containsExactly("1", "2", "3");
        }
    }

    @Test
    void aDatabaseThatAlreadyHoldsOtherTablesGetsTheJournalBesideThem() throws SQLException {
        DataSource ds = postgres();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE merchant_orders (id BIGINT PRIMARY KEY)");
            s.execute("CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY)");
        }

        try (PayoutJournalPort journal = JdbcPayoutJournal.over(ds)) {
            journal.check();
            assertThat(journal.claim("login", List.of("a"), ClaimMode.ALL_OR_NOTHING).claimed()).containsExactly("a");
        }
    }

    @Test
    void anH2MemoryUrlWorksThroughOpen() {
        try (PayoutJournalPort journal = JdbcPayoutJournal.open("jdbc:h2:mem:sandbox-" + UUID.randomUUID(), "sa",
                Secret.of(""))) {
            journal.check();
            assertThat(journal.claim("login", List.of("a"), ClaimMode.ALL_OR_NOTHING).claimed()).containsExactly("a");
        }
    }

    @Test
    void theNewestVersionTheCodeNamesIsTheNewestMigrationItShips() throws Exception {
        java.net.URL folder = JournalSchema.class.getClassLoader().getResource("db/capitalist4j/journal");
        int newest;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(folder.toURI()))) {
            newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V[0-9]+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0);
        }
        assertThat(JournalSchema.NEWEST).isEqualTo(newest).isPositive();
    }

    @Test
    void aSchemaThatIsUpToDateIsKnownWithoutFlywayAndAFreshOneIsNot() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:uptodate-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        assertThat(JournalSchema.upToDate(h2)).isFalse();
        try (PayoutJournalPort journal = JdbcPayoutJournal.over(h2)) {
            journal.check();
        }
        assertThat(JournalSchema.upToDate(h2)).isTrue();
        DataSource pg = postgres();
        assertThat(JournalSchema.upToDate(pg)).isFalse();
        try (PayoutJournalPort journal = JdbcPayoutJournal.over(pg)) {
            journal.check();
        }
        assertThat(JournalSchema.upToDate(pg)).isTrue();
    }

    private static DataSource postgres() {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(EmbeddedPostgresServer.newDatabase());
        pg.setUser("postgres");
        return pg;
    }
}
