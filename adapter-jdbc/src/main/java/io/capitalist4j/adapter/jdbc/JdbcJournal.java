package io.capitalist4j.adapter.jdbc;

import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.ClaimNumbers;
import io.capitalist4j.application.port.out.journal.ClaimedPayout;
import io.capitalist4j.application.port.out.journal.JournalClaim;
import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.application.port.out.journal.JournalUnavailableException;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * The journal over plain JDBC, on H2 or PostgreSQL, in three tables: one row per (login, payment number) naming the
 * claim that holds it; one row per claim with the state, batch, note and times its numbers share; and an override
 * row for each number settled apart from the rest of its claim (see {@link Settlement}). So a claim of ten thousand
 * new numbers is two statements (the numbers as one array, then the claim's row), and settling the whole claim
 * changes one row. Every call is one transaction, and atomicity comes from the database, not from Java locks: two
 * claims inserting one number meet at the primary key, where the loser rolls back and runs again; a released number
 * is taken by a conditional {@code UPDATE} of its row (which locks it); the settles of one claim lock its row.
 * Every statement reads numbers by primary key, so its cost does not grow with the rows the journal already holds.
 */
final class JdbcJournal implements PayoutJournalPort {

    static final int MAX_ATTEMPTS = 30;
    static final int MAX_TEXT = 255;
    static final int MAX_NOTE = 4000;

    private static final String T = JournalSchema.TABLE;
    private static final String RELEASED = JournalState.RELEASED.label();

    private final DataSource dataSource;
    private final AutoCloseable owned;
    private final Clock clock;
    private final Failures failures;
    private volatile boolean ready;
    private volatile boolean closed;

    /**
     * @param owned what {@link #close()} closes (the pool this journal opened), or {@code null} for a data source
     *              the caller owns
     */
    JdbcJournal(DataSource dataSource, AutoCloseable owned, Clock clock, Failures failures) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.owned = owned;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.failures = Objects.requireNonNull(failures, "failures");
    }

    @Override
    public void check() {
        requireOpen();
        synchronized (this) {
            try {
                JournalSchema.migrate(dataSource);
            } catch (JournalSchema.NewerSchemaException e) {
                throw failures.failure("the payout journal database {where} cannot be used: " + e.getMessage());
            } catch (RuntimeException e) {
                throw failures.failure("schema check", e);
            }
            ready = true;
        }
    }

    private void ensureReady() {
        requireOpen();
        if (!ready) {
            synchronized (this) {
                if (!ready) {
                    check();
                }
            }
        }
    }

    // --- claim -----------------------------------------------------------------------------------------------

    @Override
    public JournalClaim claim(String login, List<String> paymentNumbers, ClaimMode mode) {
        requireText("login", login);
        Objects.requireNonNull(mode, "mode");
        requireDistinctNumbers(paymentNumbers);
        if (paymentNumbers.isEmpty()) {
            return new JournalClaim(UUID.randomUUID().toString(), List.of(), List.of());
        }
        List<String> inLockOrder = paymentNumbers.stream().sorted().toList();
        return inTransaction("claim", c -> claimOnce(c, login, paymentNumbers, inLockOrder, mode, Map.of()));
    }

    /** As {@link #claim}, with each taken number's payout in the claim's manifest (the same row, one transaction). */
    @Override
    public JournalClaim claimPayouts(String login, List<ClaimedPayout> payouts, ClaimMode mode) {
        Objects.requireNonNull(payouts, "payouts");
        List<String> paymentNumbers = payouts.stream().map(ClaimedPayout::paymentNumber).toList();
        requireText("login", login);
        Objects.requireNonNull(mode, "mode");
        requireDistinctNumbers(paymentNumbers);
        if (paymentNumbers.isEmpty()) {
            return new JournalClaim(UUID.randomUUID().toString(), List.of(), List.of());
        }
        Map<String, ClaimedPayout> byNumber = new HashMap<>();
        for (ClaimedPayout payout : payouts) {
            requireText("the currency of payment number " + payout.paymentNumber(), payout.currency());
            byNumber.put(payout.paymentNumber(), payout);
        }
        List<String> inLockOrder = paymentNumbers.stream().sorted().toList();
        return inTransaction("claim", c -> claimOnce(c, login, paymentNumbers, inLockOrder, mode, byNumber));
    }

    /** The payouts kept in the claim's manifest; empty once no number follows the claim (or none were kept). */
    @Override
    public Map<String, ClaimedPayout> claimedPayouts(String login, String claimId) {
        requireText("login", login);
        Objects.requireNonNull(claimId, "claimId");
        return inTransaction("claimedPayouts", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT claimed_numbers FROM " + JournalSchema.CLAIMS
                    + " WHERE login = ? AND claim_id = ?")) {
                ps.setString(1, login);
                ps.setString(2, claimId);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    String manifest = rs.next() ? rs.getString(1) : null;
                    return manifest == null ? Map.<String, ClaimedPayout>of() : ClaimManifest.payouts(manifest);
                }
            }
        });
    }

    private JournalClaim claimOnce(Connection c, String login, List<String> numbers, List<String> inLockOrder,
                                   ClaimMode mode, Map<String, ClaimedPayout> payouts) throws SQLException {
        String claimId = UUID.randomUUID().toString();
        OffsetDateTime now = now();
        // The common case first: numbers never claimed. One that is present breaks the primary key: back to before
        // the insert, and read what the journal holds for them.
        Savepoint before = c.setSavepoint();
        try {
            insertNumbers(c, login, claimId, inLockOrder);
            c.releaseSavepoint(before);
            insertClaim(c, login, claimId, now, inLockOrder, payouts);
            return new JournalClaim(claimId, numbers, List.of());
        } catch (SQLException e) {
            if (!Failures.duplicateKey(e)) {
                throw e;
            }
            c.rollback(before);
        }
        Map<String, JournalEntry> known = Entries.find(c, login, inLockOrder);
        List<JournalEntry> held = numbers.stream().map(known::get)
                .filter(e -> e != null && e.state().holds()).toList();
        if (mode == ClaimMode.ALL_OR_NOTHING && !held.isEmpty()) {
            c.rollback(); // nothing of this claim stays
            return new JournalClaim(claimId, List.of(), held);
        }
        List<JournalEntry> released = inLockOrder.stream().map(known::get)
                .filter(e -> e != null && !e.state().holds()).toList();
        List<String> absent = inLockOrder.stream().filter(n -> !known.containsKey(n)).toList();
        takeReleased(c, login, claimId, released);
        // a number another claim inserted since it was read breaks the primary key: the whole claim runs again
        insertNumbers(c, login, claimId, absent);
        Set<String> taken = new HashSet<>(absent);
        released.forEach(e -> taken.add(e.paymentNumber()));
        if (taken.isEmpty()) {
            return new JournalClaim(claimId, List.of(), held);
        }
        insertClaim(c, login, claimId, now, inLockOrder.stream().filter(taken::contains).toList(), payouts);
        return new JournalClaim(claimId, numbers.stream().filter(taken::contains).toList(), held);
    }

    private static void insertNumbers(Connection c, String login, String claimId, List<String> numbers)
            throws SQLException {
        Bulk.inArrays(c, numbers, (chunk, array) -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + T + " (login, payment_number, claim_id)"
                    + " SELECT CAST(? AS VARCHAR(255)), u.x, CAST(? AS VARCHAR(64)) FROM " + Bulk.NUMBERS)) {
                ps.setString(1, login);
                ps.setString(2, claimId);
                ps.setArray(3, array);
                ps.executeUpdate();
            }
        });
    }

    /** The claim's row, in doubt, with every number it took following it (and their payouts, when given). */
    private static void insertClaim(Connection c, String login, String claimId, OffsetDateTime now,
                                    List<String> numbers, Map<String, ClaimedPayout> payouts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + JournalSchema.CLAIMS
                + " (login, claim_id, state, batch_id, note, claimed_at, updated_at, followers, claimed_numbers)"
                + " VALUES (?, ?, 'in-doubt', NULL, NULL, ?, ?, ?, ?)")) {
            ps.setString(1, login);
            ps.setString(2, claimId);
            ps.setObject(3, now);
            ps.setObject(4, now);
            ps.setInt(5, numbers.size());
            ps.setString(6, ClaimManifest.encode(numbers, payouts));
            ps.executeUpdate();
        }
    }

    /**
     * Moves released numbers to this claim, each by its primary key, on condition that it still belongs to the claim
     * it was read under and is still released there; one that is not any more was taken meanwhile: all again.
     */
    private static void takeReleased(Connection c, String login, String claimId, List<JournalEntry> released)
            throws SQLException {
        if (released.isEmpty()) {
            return;
        }
        Map<String, String> previousClaim = new HashMap<>();
        released.forEach(e -> previousClaim.put(e.paymentNumber(), e.claimId()));
        List<String> numbers = released.stream().map(JournalEntry::paymentNumber).toList();
        Set<String> taken = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + T + " AS j SET claim_id = ?"
                + " WHERE j.login = ? AND j.payment_number = ? AND j.claim_id = ? AND COALESCE("
                + "(SELECT o.state FROM " + JournalSchema.OVERRIDES + " o WHERE o.login = j.login"
                + " AND o.claim_id = j.claim_id AND o.payment_number = j.payment_number),"
                + " (SELECT k.state FROM " + JournalSchema.CLAIMS + " k WHERE k.login = j.login"
                + " AND k.claim_id = j.claim_id)) = ?")) {
            Bulk.forEachNumber(ps, numbers, taken, number -> {
                ps.setString(1, claimId);
                ps.setString(2, login);
                ps.setString(3, number);
                ps.setString(4, previousClaim.get(number));
                ps.setString(5, RELEASED);
            });
        }
        if (taken.size() != numbers.size()) {
            throw new SQLException("a released payment number was claimed during the claim", "40001");
        }
    }

    // --- settle ----------------------------------------------------------------------------------------------

    @Override
    public int markSent(String login, String claimId, String batchId, Collection<String> paymentNumbers) {
        requireText("login", login);
        Objects.requireNonNull(claimId, "claimId");
        requireText("batchId", batchId);
        return settle("markSent", login, claimId, paymentNumbers, Change.sent(batchId, now()));
    }

    @Override
    public int release(String login, String claimId, Collection<String> paymentNumbers, String reason) {
        requireText("login", login);
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(reason, "reason");
        return settle("release", login, claimId, paymentNumbers, Change.released(note(reason), now()));
    }

    @Override
    public void noteInDoubt(String login, String claimId, Collection<String> paymentNumbers, Optional<String> batchId,
                            String note) {
        requireText("login", login);
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(note, "note");
        batchId.ifPresent(b -> requireText("batchId", b));
        settle("noteInDoubt", login, claimId, paymentNumbers, Change.noted(note(note), batchId));
    }

    private int settle(String what, String login, String claimId, Collection<String> paymentNumbers, Change change) {
        Objects.requireNonNull(paymentNumbers, "paymentNumbers");
        List<String> numbers = new HashSet<>(paymentNumbers).stream().filter(Objects::nonNull).sorted().toList();
        if (numbers.isEmpty()) {
            return 0;
        }
        return inTransaction(what, c -> Settlement.run(c, login, claimId, numbers, change));
    }

    // --- read ------------------------------------------------------------------------------------------------

    @Override
    public Map<String, JournalEntry> find(String login, Collection<String> paymentNumbers) {
        requireText("login", login);
        Objects.requireNonNull(paymentNumbers, "paymentNumbers");
        List<String> numbers = new HashSet<>(paymentNumbers).stream().filter(Objects::nonNull).sorted().toList();
        if (numbers.isEmpty()) {
            requireOpen();
            return Map.of();
        }
        return inTransaction("find", c -> Entries.find(c, login, numbers));
    }

    @Override
    public List<JournalEntry> list(String login, Optional<JournalState> state) {
        requireText("login", login);
        Objects.requireNonNull(state, "state");
        return inTransaction("list", c -> Entries.list(c, login, state));
    }

    /**
     * In doubt: the size of the in-doubt list, which reads only the claims and overrides in doubt (cheap enough for a
     * gauge read at every scrape); another state: one {@code COUNT} over the login's numbers.
     */
    @Override
    public long count(String login, JournalState state) {
        requireText("login", login);
        Objects.requireNonNull(state, "state");
        return inTransaction("count", c -> Entries.count(c, login, state));
    }

    // --- transactions ----------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction, again from the start when the database reports a conflict with a
     * concurrent transaction (a bounded number of times, with a short random pause), and commits.
     */
    private <T> T inTransaction(String what, Work<T> work) {
        ensureReady();
        SQLException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Connection c;
            try {
                c = dataSource.getConnection();
            } catch (SQLException | RuntimeException e) {
                throw failures.unreachableFailure(e);
            }
            try (c) {
                boolean autoCommit = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollback(c, e);
                    throw e;
                } finally {
                    restore(c, autoCommit);
                }
            } catch (SQLException e) {
                if (!Failures.retryable(e)) {
                    throw failures.failure(what, e);
                }
                last = e;
                pause(attempt);
            }
        }
        throw failures.failure(what + " (still conflicting with concurrent claims after " + MAX_ATTEMPTS + " attempts)",
                last);
    }

    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void restore(Connection c, boolean autoCommit) {
        try {
            c.setAutoCommit(autoCommit);
        } catch (SQLException ignored) {
            // the connection is going back to its pool or closing; the pool resets it
        }
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5 + 5 * Math.min(attempt, 10)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JournalUnavailableException("interrupted while retrying a payout journal transaction", e);
        }
    }

    // --- lifecycle -------------------------------------------------------------------------------------------

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw failures.failure("close", e);
            }
        }
    }

    private void requireOpen() {
        if (closed) {
            throw failures.failure("the payout journal on {where} is closed");
        }
    }

    @Override
    public String toString() {
        return "JdbcPayoutJournal[" + failures.where() + "]";
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private OffsetDateTime now() {
        // both databases keep microseconds; cut here so that what we return is what we stored
        return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static String note(String text) {
        return text.length() <= MAX_NOTE ? text : text.substring(0, MAX_NOTE - 1) + "…";
    }

    private static void requireText(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " is blank");
        }
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_TEXT + " characters: " + value.length());
        }
    }

    private static void requireDistinctNumbers(List<String> paymentNumbers) {
        ClaimNumbers.requireDistinctNonBlank(paymentNumbers);
        for (int i = 0; i < paymentNumbers.size(); i++) {
            if (paymentNumbers.get(i).length() > MAX_TEXT) {
                throw new IllegalArgumentException("payment number " + (i + 1) + " of the claim is longer than "
                        + MAX_TEXT + " characters: " + paymentNumbers.get(i).length());
            }
        }
    }
}
