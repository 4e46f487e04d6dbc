package io.capitalist4j.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.JournalClaim;
import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.testkit.ManualClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The claims table (migration 3): a claim's shared values live in its own row, a number settled apart from its
 * claim gets an override, a journal written before reads the same after the upgrade.
 */
class ClaimsTableTest {

    private static final String LOGIN = "shop";
    private static final Instant T0 = Instant.parse("2025-04-28T09:15:02.123456Z");

    @TempDir
    Path home;

    private final ManualClock clock = ManualClock.at(T0);

    // --- upgrade ---------------------------------------------------------------------------------------------

    @Test
    void aJournalWrittenByVersion2ReadsTheSameAfterTheUpgradeToTheClaimsTableOnAnH2File() throws SQLException {
        Path dir = home.resolve("journal");
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve(JdbcPayoutJournal.H2_FILE_NAME));
        h2.setUser("capitalist4j");
        h2.setPassword("");
        readsTheSameAfterTheUpgrade(h2, () -> JdbcPayoutJournal.h2File(dir, clock));
    }

    @Test
    void aJournalWrittenByVersion2ReadsTheSameAfterTheUpgradeToTheClaimsTableOnPostgresql() throws SQLException {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(EmbeddedPostgresServer.newDatabase());
        pg.setUser("postgres");
        readsTheSameAfterTheUpgrade(pg, () -> JdbcPayoutJournal.over(pg, clock));
    }

    private void readsTheSameAfterTheUpgrade(DataSource ds, java.util.function.Supplier<PayoutJournalPort> open)
            throws SQLException {
        V2Journal.create(ds);
        String sent = UUID.randomUUID().toString();
        String partial = UUID.randomUUID().toString();
        String doubt = UUID.randomUUID().toString();
        String reclaimed = UUID.randomUUID().toString();
        List<JournalEntry> v2 = new ArrayList<>();
        // a claim accepted whole
        for (String n : List.of("s-1", "s-2", "s-3")) {
            v2.add(entry(LOGIN, n, JournalState.SENT, sent, "B-1", null, 0, 5));
        }
        // accepted but for one rejected line
        for (String n : List.of("p-1", "p-2", "p-3")) {
            v2.add(entry(LOGIN, n, JournalState.SENT, partial, "B-2", null, 10, 15));
        }
        v2.add(entry(LOGIN, "p-4", JournalState.RELEASED, partial, null, "rejected at upload: bad account", 10, 15));
        // an upload whose outcome is unknown, one number noted with its batch (one payout of a batch sent one by one)
        v2.add(entry(LOGIN, "d-1", JournalState.IN_DOUBT, doubt, "B-3", "import_batch timed out", 20, 20));
        v2.add(entry(LOGIN, "d-2", JournalState.IN_DOUBT, doubt, null, null, 20, 20));
        v2.add(entry(LOGIN, "d-3", JournalState.IN_DOUBT, doubt, null, null, 20, 20));
        // released by one claim, claimed again by another and still in doubt there
        v2.add(entry(LOGIN, "r-1", JournalState.IN_DOUBT, reclaimed, null, null, 30, 30));
        // the same number under another login
        v2.add(entry("other", "s-1", JournalState.IN_DOUBT, UUID.randomUUID().toString(), null, null, 40, 40));
        V2Journal.write(ds, v2);
        List<JournalEntry> before = V2Journal.list(ds, LOGIN);
        List<JournalEntry> otherBefore = V2Journal.list(ds, "other");
        assertThat(before).hasSize(11);

        clock.advance(Duration.ofMinutes(10));
        try (PayoutJournalPort journal = open.get()) {
            journal.check();

            assertThat(journal.list(LOGIN, Optional.empty())).isEqualTo(before);
            assertThat(journal.list("other", Optional.empty())).isEqualTo(otherBefore);
            for (JournalState state : JournalState.values()) {
                assertThat(journal.list(LOGIN, Optional.of(state))).as("list %s", state)
                        .isEqualTo(before.stream().filter(e -> e.state() == state).toList());
            }
            assertThat(journal.find(LOGIN, numbers(before))).isEqualTo(byNumber(before));

            // and they behave as before: held, free, settled
            JournalClaim again = journal.claim(LOGIN, List.of("p-4", "s-2", "d-1", "new-1"), ClaimMode.SKIP_HELD);
            assertThat(again.claimed()).containsExactly("p-4", "new-1");
            assertThat(again.held()).isEqualTo(before.stream()
                    .filter(e -> e.paymentNumber().equals("s-2") || e.paymentNumber().equals("d-1")).toList());
            assertThat(journal.release(LOGIN, partial, List.of("p-1", "p-4"), "too late")).isZero();
            assertThat(journal.markSent(LOGIN, doubt, "B-3", List.of("d-1", "d-2", "d-3"))).isEqualTo(3);
            Map<String, JournalEntry> settled = journal.find(LOGIN, List.of("d-1", "d-2", "d-3", "p-4"));
            assertThat(settled.values()).extracting(JournalEntry::state).containsOnly(JournalState.SENT,
                    JournalState.IN_DOUBT);
            for (String n : List.of("d-1", "d-2", "d-3")) {
                assertThat(settled.get(n).state()).isEqualTo(JournalState.SENT);
                assertThat(settled.get(n).batchId()).contains("B-3");
                assertThat(settled.get(n).updatedAt()).isEqualTo(clock.instant());
            }
            assertThat(settled.get("d-1").note()).as("its own note stays").contains("import_batch timed out");
            assertThat(settled.get("d-2").note()).isEmpty();
            assertThat(settled.get("p-4").claimId()).isEqualTo(again.claimId());
            assertThat(journal.release(LOGIN, reclaimed, List.of("r-1"), "recover: not found")).isEqualTo(1);
        }
    }

    private static JournalEntry entry(String login, String number, JournalState state, String claimId, String batchId,
                                      String note, int claimedSecond, int updatedSecond) {
        return new JournalEntry(login, number, state, claimId, Optional.ofNullable(batchId), Optional.ofNullable(note),
                T0.plusSeconds(claimedSecond), T0.plusSeconds(updatedSecond));
    }

    // --- settling in few rows --------------------------------------------------------------------------------

    @Test
    void aPartialAcceptThenTheReleaseOfItsRejectedLinesWritesOneOverridePerRejectedLine() throws SQLException {
        DataSource h2 = h2();
        try (PayoutJournalPort journal = JdbcPayoutJournal.over(h2, clock)) {
            List<String> numbers = IntStream.rangeClosed(1, 10).mapToObj(i -> "PAY-" + i).toList();
            JournalClaim claim = journal.claim(LOGIN, numbers, ClaimMode.ALL_OR_NOTHING);
            Instant claimedAt = clock.instant();
            clock.advance(Duration.ofSeconds(3));

            assertThat(journal.markSent(LOGIN, claim.claimId(), "B-7", numbers.subList(0, 8))).isEqualTo(8);
            assertThat(rows(h2, JournalSchema.OVERRIDES)).as("the two lines not named keep the claim's values")
                    .isEqualTo(2);
            assertThat(journal.list(LOGIN, Optional.of(JournalState.IN_DOUBT))).extracting(JournalEntry::paymentNumber)
                    .containsExactly("PAY-10", "PAY-9");
            clock.advance(Duration.ofSeconds(1));
            assertThat(journal.release(LOGIN, claim.claimId(), numbers.subList(8, 10), "rejected at upload: bad card"))
                    .isEqualTo(2);

            assertThat(rows(h2, JournalSchema.OVERRIDES)).isEqualTo(2);
            assertThat(claimState(h2, claim.claimId())).isEqualTo("sent");
            Map<String, JournalEntry> found = journal.find(LOGIN, numbers);
            for (String n : numbers.subList(0, 8)) {
                assertThat(found.get(n)).isEqualTo(new JournalEntry(LOGIN, n, JournalState.SENT, claim.claimId(),
                        Optional.of("B-7"), Optional.empty(), claimedAt, claimedAt.plusSeconds(3)));
            }
            for (String n : numbers.subList(8, 10)) {
                assertThat(found.get(n)).isEqualTo(new JournalEntry(LOGIN, n, JournalState.RELEASED, claim.claimId(),
                        Optional.empty(), Optional.of("rejected at upload: bad card"), claimedAt,
                        claimedAt.plusSeconds(4)));
            }
            assertThat(journal.claim(LOGIN, numbers, ClaimMode.SKIP_HELD).claimed()).containsExactly("PAY-9", "PAY-10");
        }
    }

    @Test
    void releasingTheRejectedLinesFirstAndThenMarkingTheRestSentSettlesTheRestInTheClaimsRow() throws SQLException {
        DataSource h2 = h2();
        try (PayoutJournalPort journal = JdbcPayoutJournal.over(h2, clock)) {
            List<String> numbers = IntStream.rangeClosed(1, 10).mapToObj(i -> "PAY-" + i).toList();
            JournalClaim claim = journal.claim(LOGIN, numbers, ClaimMode.ALL_OR_NOTHING);

            assertThat(journal.release(LOGIN, claim.claimId(), List.of("PAY-4"), "rejected")).isEqualTo(1);
            assertThat(journal.markSent(LOGIN, claim.claimId(), "B-1", numbers)).as("PAY-4 is not in doubt")
                    .isEqualTo(9);

            assertThat(rows(h2, JournalSchema.OVERRIDES)).isEqualTo(1);
            assertThat(claimState(h2, claim.claimId())).isEqualTo("sent");
            assertThat(journal.list(LOGIN, Optional.of(JournalState.RELEASED))).extracting(JournalEntry::paymentNumber)
                    .containsExactly("PAY-4");
            assertThat(journal.list(LOGIN, Optional.of(JournalState.SENT))).hasSize(9);
        }
    }

    @Test
    void payoutsSettledOneByOneEachGetAnOverrideUntilTheLastSettlesTheClaimsRow() throws SQLException {
        DataSource h2 = h2();
        try (PayoutJournalPort journal = JdbcPayoutJournal.over(h2, clock)) {
            List<String> numbers = IntStream.rangeClosed(1, 6).mapToObj(i -> "API2-" + i).toList();
            JournalClaim claim = journal.claim(LOGIN, numbers, ClaimMode.ALL_OR_NOTHING);

            for (String n : numbers.subList(0, 5)) {
                clock.advance(Duration.ofSeconds(1));
                assertThat(journal.markSent(LOGIN, claim.claimId(), "document " + n, List.of(n))).isEqualTo(1);
            }
            assertThat(claimState(h2, claim.claimId())).isEqualTo("in-doubt");
            assertThat(journal.release(LOGIN, claim.claimId(), List.of("API2-6"), "not accepted: limit")).isEqualTo(1);

            assertThat(claimState(h2, claim.claimId())).as("the last one moved the claim's row").isEqualTo("released");
            assertThat(rows(h2, JournalSchema.OVERRIDES)).isEqualTo(5);
            Map<String, JournalEntry> found = journal.find(LOGIN, numbers);
            assertThat(found.get("API2-3").batchId()).contains("document API2-3");
            assertThat(found.get("API2-3").updatedAt()).isEqualTo(T0.plusSeconds(3));
            assertThat(found.get("API2-6").state()).isEqualTo(JournalState.RELEASED);
            assertThat(found.get("API2-6").note()).contains("not accepted: limit");
        }
    }

    // --- reads -----------------------------------------------------------------------------------------------

    @Test
    void listAndFindGiveEachNumberOfMixedClaimsItsOwnOutcomeOldestClaimFirst() {
        try (PayoutJournalPort journal = JdbcPayoutJournal.over(h2(), clock)) {
            JournalClaim whole = journal.claim(LOGIN, List.of("w-2", "w-1"), ClaimMode.ALL_OR_NOTHING);
            clock.advance(Duration.ofSeconds(1));
            JournalClaim mixed = journal.claim(LOGIN, List.of("m-1", "m-2", "m-3", "m-4"), ClaimMode.ALL_OR_NOTHING);
            clock.advance(Duration.ofSeconds(1));
            JournalClaim doubt = journal.claim(LOGIN, List.of("d-1", "d-2"), ClaimMode.ALL_OR_NOTHING);
            clock.advance(Duration.ofSeconds(1));
            journal.markSent(LOGIN, whole.claimId(), "B-1", List.of("w-1", "w-2"));
            journal.markSent(LOGIN, mixed.claimId(), "B-2", List.of("m-1", "m-2", "m-3"));
            journal.release(LOGIN, mixed.claimId(), List.of("m-4"), "rejected");
            journal.noteInDoubt(LOGIN, doubt.claimId(), List.of("d-2"), Optional.of("B-3"), "timed out");
            clock.advance(Duration.ofSeconds(1));
            JournalClaim again = journal.claim(LOGIN, List.of("m-4", "w-1"), ClaimMode.SKIP_HELD);

            List<JournalEntry> all = journal.list(LOGIN, Optional.empty());
            assertThat(all).extracting(JournalEntry::paymentNumber)
                    .containsExactly("w-1", "w-2", "m-1", "m-2", "m-3", "d-1", "d-2", "m-4");
            assertThat(all).extracting(JournalEntry::state).containsExactly(JournalState.SENT, JournalState.SENT,
                    JournalState.SENT, JournalState.SENT, JournalState.SENT, JournalState.IN_DOUBT,
                    JournalState.IN_DOUBT, JournalState.IN_DOUBT);
            assertThat(all).extracting(e -> e.batchId().orElse("-"))
                    .containsExactly("B-1", "B-1", "B-2", "B-2", "B-2", "-", "B-3", "-");
            assertThat(all).extracting(e -> e.note().orElse("-"))
                    .containsExactly("-", "-", "-", "-", "-", "-", "timed out", "-");
            assertThat(all.get(7).claimId()).isEqualTo(again.claimId());
            assertThat(all.get(7).claimedAt()).isEqualTo(T0.plusSeconds(4));
            assertThat(again.held()).extracting(JournalEntry::paymentNumber).containsExactly("w-1");
            assertThat(journal.list(LOGIN, Optional.of(JournalState.IN_DOUBT))).extracting(JournalEntry::paymentNumber)
                    .containsExactly("d-1", "d-2", "m-4");
            assertThat(journal.list(LOGIN, Optional.of(JournalState.RELEASED))).isEmpty();
            assertThat(journal.find(LOGIN, List.of("m-4", "d-2", "nope", "w-2"))).isEqualTo(byNumber(all.stream()
                    .filter(e -> List.of("m-4", "d-2", "w-2").contains(e.paymentNumber())).toList()));
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:claims-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    private static int rows(DataSource ds, String table) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String claimState(DataSource ds, String claimId) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT state FROM " + JournalSchema.CLAIMS + " WHERE claim_id = '"
                     + claimId + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> numbers(List<JournalEntry> entries) {
        return entries.stream().map(JournalEntry::paymentNumber).toList();
    }

    private static Map<String, JournalEntry> byNumber(List<JournalEntry> entries) {
        return entries.stream().collect(Collectors.toMap(JournalEntry::paymentNumber, e -> e));
    }
}
