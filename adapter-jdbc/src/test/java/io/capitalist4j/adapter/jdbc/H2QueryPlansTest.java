package io.capitalist4j.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.JournalClaim;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On H2 the statements that name numbers read those numbers' rows and no others, however many rows the login holds:
 * H2 estimates an array's table as endless and, left free, starts from the login's rows instead. Each plan is run
 * with {@code EXPLAIN ANALYZE} on a journal of 100 000 numbers (with fewer, H2 picks the right order anyway), and
 * every table it reads must have been read about once per number named.
 */
class H2QueryPlansTest {

    private static final String LOGIN = "plans";
    private static final Pattern SCANS = Pattern.compile("scanCount: (\\d+)");
    private static JdbcDataSource h2;
    private static String claimId;

    @BeforeAll
    static void aJournalOfAHundredThousandNumbers() {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:plans-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        PayoutJournalPort journal = JdbcPayoutJournal.over(h2);
        for (int claim = 0; claim < 10; claim++) {
            int first = claim * 10_000;
            List<String> numbers = IntStream.range(first, first + 10_000).mapToObj(i -> "n-" + i).toList();
            JournalClaim made = journal.claim(LOGIN, numbers, ClaimMode.ALL_OR_NOTHING);
            journal.markSent(LOGIN, made.claimId(), "B-" + claim, numbers.subList(0, 9_990));
            claimId = made.claimId();
        }
    }

    @Test
    void findingThreeNumbersReadsTheirRowsOnly() throws SQLException {
        assertReadsAbout(3, Entries.FIND, List.of("n-5", "n-52000", "n-99999"), LOGIN);
    }

    @Test
    void listingTheNumbersInDoubtAmongCandidatesReadsTheCandidatesOnly() throws SQLException {
        assertReadsAbout(3, Entries.IN_DOUBT_AMONG, List.of("n-99995", "n-99996", "n-0"), LOGIN, "in-doubt");
    }

    @Test
    void lookingUpTheNumbersOfAClaimReadsTheirRowsOnly() throws SQLException {
        assertReadsAbout(2, Settlement.MEMBERS, List.of("n-99997", "n-99998"), LOGIN, claimId);
    }

    private static void assertReadsAbout(int named, String sql, List<String> numbers, String... more)
            throws SQLException {
        String plan;
        try (Connection c = h2.getConnection(); PreparedStatement ps = c.prepareStatement("EXPLAIN ANALYZE " + sql)) {
            Array array = c.createArrayOf("varchar", numbers.toArray());
            ps.setArray(1, array);
            for (int i = 0; i < more.length; i++) {
                ps.setString(i + 2, more[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                plan = rs.getString(1);
            }
        }
        List<Integer> scans = new ArrayList<>();
        Matcher m = SCANS.matcher(plan);
        while (m.find()) {
            scans.add(Integer.parseInt(m.group(1)));
        }
        assertThat(scans).as("rows read per table in%n%s", plan).isNotEmpty()
                .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2 * named + 2));
    }
}
