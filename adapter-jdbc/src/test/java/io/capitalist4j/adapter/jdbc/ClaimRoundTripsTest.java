package io.capitalist4j.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.JournalClaim;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A claim of ten thousand numbers is a few statements, not ten thousand; settling the whole claim writes its one
 * row, no row per number.
 */
class ClaimRoundTripsTest {

    private static final int NUMBERS = 10_000;
    private static final int BOUND = 40;

    @Test
    void claimingTenThousandNumbersOnH2TakesAFewDozenStatementsAtMost() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:round-trips-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        claimTenThousand("H2", h2);
    }

    @Test
    void claimingTenThousandNumbersOnPostgresqlTakesAFewDozenStatementsAtMost() {
        String url = EmbeddedPostgresServer.newDatabase();
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(url);
        pg.setUser("postgres");
        claimTenThousand("PostgreSQL", pg);
    }

    private static int overrides(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + JournalSchema.OVERRIDES)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void claimTenThousand(String database, DataSource target) {
        CountingDataSource counting = new CountingDataSource(target);
        try (PayoutJournalPort journal = JdbcPayoutJournal.over(counting.dataSource)) {
            journal.check();
            List<String> numbers = IntStream.range(0, NUMBERS).mapToObj(i -> "n-" + i).toList();

            counting.executions.set(0);
            JournalClaim claim = journal.claim("bulk", numbers, ClaimMode.ALL_OR_NOTHING);
            int fresh = counting.executions.getAndSet(0);

            int released = journal.release("bulk", claim.claimId(), numbers, "rejected");
            int releasing = counting.executions.getAndSet(0);
            JournalClaim again = journal.claim("bulk", numbers, ClaimMode.SKIP_HELD);
            int reclaiming = counting.executions.getAndSet(0);
            Map<String, ?> found = journal.find("bulk", numbers);
            int finding = counting.executions.getAndSet(0);
            int sent = journal.markSent("bulk", again.claimId(), "B-1", numbers);
            int marking = counting.executions.getAndSet(0);

            System.out.printf("%s: claim of %d new numbers = %d statements; release = %d; claim again of the "
                    + "released = %d; find = %d; markSent = %d (bound %d each)%n", database, NUMBERS, fresh, releasing,
                    reclaiming, finding, marking, BOUND);
            assertThat(claim.claimed()).hasSize(NUMBERS);
            assertThat(released).isEqualTo(NUMBERS);
            assertThat(again.claimed()).hasSize(NUMBERS);
            assertThat(found).hasSize(NUMBERS);
            assertThat(sent).isEqualTo(NUMBERS);
            assertThat(journal.list("bulk", Optional.of(JournalState.SENT))).hasSize(NUMBERS);
            assertThat(overrides(target)).as("rows written per number by the two whole-claim settles").isZero();
            assertThat(fresh).as("statements for a claim of %d new numbers", NUMBERS).isPositive().isLessThanOrEqualTo(BOUND);
            assertThat(releasing).as("statements for a release of %d numbers", NUMBERS).isLessThanOrEqualTo(BOUND);
            assertThat(reclaiming).as("statements for a claim of %d released numbers", NUMBERS).isLessThanOrEqualTo(BOUND);
            assertThat(finding).as("statements for a find of %d numbers", NUMBERS).isLessThanOrEqualTo(BOUND);
            assertThat(marking).as("statements for a markSent of %d numbers", NUMBERS).isLessThanOrEqualTo(BOUND);
        }
    }
}
