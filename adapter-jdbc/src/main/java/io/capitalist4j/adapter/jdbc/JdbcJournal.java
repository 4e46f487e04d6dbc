package io.capitalist4j.adapter.jdbc;

import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.ClaimNumbers;
import io.capitalist4j.application.port.out.journal.JournalClaim;
import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.application.port.out.journal.JournalUnavailableException;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * The journal in one table, over plain JDBC, on H2 or PostgreSQL. Every call is one transaction, and atomicity
 * comes from the database, not from Java locks: a claim takes a released row with a conditional {@code UPDATE}
 * (which locks it) and inserts an absent one only {@code WHERE NOT EXISTS}; two claims inserting one number meet at
 * the primary key, where the loser rolls back and runs again. Each statement names one row by its primary key and
 * travels in JDBC batches of {@value #CHUNK}, so a claim of ten thousand numbers is about twenty executions, and
 * its cost does not grow with the rows the journal already holds.
 */
final class JdbcJournal implements PayoutJournalPort {

    static final int CHUNK = 1000;
    static final int MAX_ATTEMPTS = 30;
    static final int MAX_TEXT = 255;
    static final int MAX_NOTE = 4000;

    private static final String T = JournalSchema.TABLE;
    private static final String COLUMNS = "login, payment_number, state, claim_id, batch_id, note, claimed_at, updated_at";

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
        return inTransaction("claim", c -> claimOnce(c, login, paymentNumbers, inLockOrder, mode));
    }

    private JournalClaim claimOnce(Connection c, String login, List<String> numbers, List<String> inLockOrder,
                                   ClaimMode mode) throws SQLException {
        String claimId = UUID.randomUUID().toString();
        OffsetDateTime now = now();
        if (insertedAll(c, login, inLockOrder, claimId, now)) {
            return new JournalClaim(claimId, numbers, List.of());
        }
        // Some numbers are known. Every statement names one row by its primary key, sent in batches of CHUNK: the cost of a claim does not
        // grow with the rows the journal already holds (an IN list of numbers is read by login alone on H2, and
        // by a generic plan on PostgreSQL).
        Set<String> taken = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + T
                + " SET state = 'in-doubt', claim_id = ?, batch_id = NULL, note = NULL, claimed_at = ?, updated_at = ?"
                + " WHERE login = ? AND payment_number = ? AND state = 'released'")) {
            forEachBatch(ps, inLockOrder, taken, number -> {
                ps.setString(1, claimId);
                ps.setObject(2, now);
                ps.setObject(3, now);
                ps.setString(4, login);
                ps.setString(5, number);
            });
        }
        List<String> notReclaimed = inLockOrder.stream().filter(n -> !taken.contains(n)).toList();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + T + " (" + COLUMNS + ")"
                + " SELECT CAST(? AS VARCHAR(255)), CAST(? AS VARCHAR(255)), 'in-doubt', CAST(? AS VARCHAR(64)), NULL, NULL,"
                + " CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE)"
                + " WHERE NOT EXISTS (SELECT 1 FROM " + T + " WHERE login = ? AND payment_number = ?)")) {
            forEachBatch(ps, notReclaimed, taken, number -> {
                ps.setString(1, login);
                ps.setString(2, number);
                ps.setString(3, claimId);
                ps.setObject(4, now);
                ps.setObject(5, now);
                ps.setString(6, login);
                ps.setString(7, number);
            });
        }
        List<String> heldNumbers = inLockOrder.stream().filter(n -> !taken.contains(n)).toList();
        if (heldNumbers.isEmpty()) {
            return new JournalClaim(claimId, numbers, List.of());
        }
        Map<String, JournalEntry> existing = select(c, login, heldNumbers);
        List<JournalEntry> held = new ArrayList<>();
        for (String number : numbers) {
            if (!taken.contains(number)) {
                JournalEntry entry = existing.get(number);
                if (entry == null) {
                    // neither released nor present, yet not inserted: a concurrent claim moved it; start again
                    throw new SQLException("payment number " + number + " changed during the claim", "40001");
                }
                held.add(entry);
            }
        }
        if (mode == ClaimMode.ALL_OR_NOTHING) {
            c.rollback(); // nothing of this claim stays
            return new JournalClaim(claimId, List.of(), held);
        }
        return new JournalClaim(claimId, numbers.stream().filter(taken::contains).toList(), held);
    }

    /**
     * The common case first: numbers never claimed, inserted in plain batches (multi-row inserts on PostgreSQL).
     * A number already present breaks the primary key: back to before the inserts, and the caller goes row by row.
     */
    private boolean insertedAll(Connection c, String login, List<String> numbers, String claimId, OffsetDateTime now)
            throws SQLException {
        Savepoint before = c.setSavepoint();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + T + " (" + COLUMNS + ")"
                + " VALUES (?, ?, 'in-doubt', ?, NULL, NULL, ?, ?)")) {
            for (List<String> chunk : chunks(numbers)) {
                for (String number : chunk) {
                    ps.setString(1, login);
                    ps.setString(2, number);
                    ps.setString(3, claimId);
                    ps.setObject(4, now);
                    ps.setObject(5, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.releaseSavepoint(before);
            return true;
        } catch (SQLException e) {
            if (!Failures.duplicateKey(e)) {
                throw e;
            }
            c.rollback(before);
            return false;
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(String number) throws SQLException;
    }

    /**
     * Runs {@code ps} once per number, in batches of {@link #CHUNK}, adding to {@code changed} every number whose
     * statement changed a row.
     */
    private static void forEachBatch(PreparedStatement ps, List<String> numbers, Set<String> changed, Binder binder)
            throws SQLException {
        for (List<String> chunk : chunks(numbers)) {
            for (String number : chunk) {
                binder.bind(number);
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            for (int i = 0; i < chunk.size(); i++) {
                if (counts[i] == java.sql.Statement.SUCCESS_NO_INFO) {
                    throw new SQLException("the driver did not say which rows a batched statement changed");
                }
                if (counts[i] > 0) {
                    changed.add(chunk.get(i));
                }
            }
        }
    }

    // --- settle ----------------------------------------------------------------------------------------------

    @Override
    public int markSent(String login, String claimId, String batchId, Collection<String> paymentNumbers) {
        requireText("login", login);
        Objects.requireNonNull(claimId, "claimId");
        requireText("batchId", batchId);
        return settle("markSent", login, claimId, paymentNumbers,
                "state = 'sent', batch_id = ?, updated_at = ?", List.of(batchId, now()));
    }

    @Override
    public int release(String login, String claimId, Collection<String> paymentNumbers, String reason) {
        requireText("login", login);
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(reason, "reason");
        return settle("release", login, claimId, paymentNumbers,
                "state = 'released', note = ?, updated_at = ?", List.of(note(reason), now()));
    }

    @Override
    public void noteInDoubt(String login, String claimId, Collection<String> paymentNumbers, Optional<String> batchId,
                            String note) {
        requireText("login", login);
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(note, "note");
        if (batchId.isPresent()) {
            requireText("batchId", batchId.get());
            settle("noteInDoubt", login, claimId, paymentNumbers, "note = ?, batch_id = ?", List.of(note(note), batchId.get()));
        } else {
            settle("noteInDoubt", login, claimId, paymentNumbers, "note = ?", List.of(note(note)));
        }
    }

    /** {@code UPDATE ... SET <assignments>} on the in-doubt rows of one claim among these numbers. */
    private int settle(String what, String login, String claimId, Collection<String> paymentNumbers, String assignments,
                       List<Object> values) {
        Objects.requireNonNull(paymentNumbers, "paymentNumbers");
        List<String> numbers = new HashSet<>(paymentNumbers).stream().filter(Objects::nonNull).sorted().toList();
        if (numbers.isEmpty()) {
            return 0;
        }
        return inTransaction(what, c -> {
            // The claim's in-doubt rows, locked: when these numbers are all of them (a whole batch answered), one
            // statement by claim id moves them; otherwise each number of the claim is moved by its primary key.
            Set<String> inDoubt = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT payment_number FROM " + T
                    + " WHERE login = ? AND claim_id = ? AND state = 'in-doubt' FOR UPDATE")) {
                ps.setString(1, login);
                ps.setString(2, claimId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        inDoubt.add(rs.getString(1));
                    }
                }
            }
            List<String> ours = numbers.stream().filter(inDoubt::contains).toList();
            if (ours.isEmpty()) {
                return 0;
            }
            if (ours.size() == inDoubt.size()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + T + " SET " + assignments
                        + " WHERE login = ? AND claim_id = ? AND state = 'in-doubt'")) {
                    int i = 0;
                    for (Object value : values) {
                        ps.setObject(++i, value);
                    }
                    ps.setString(++i, login);
                    ps.setString(++i, claimId);
                    return ps.executeUpdate();
                }
            }
            Set<String> changed = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + T + " SET " + assignments
                    + " WHERE login = ? AND payment_number = ? AND claim_id = ? AND state = 'in-doubt'")) {
                forEachBatch(ps, ours, changed, number -> {
                    int i = 0;
                    for (Object value : values) {
                        ps.setObject(++i, value);
                    }
                    ps.setString(++i, login);
                    ps.setString(++i, number);
                    ps.setString(++i, claimId);
                });
            }
            return changed.size();
        });
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
        return inTransaction("find", c -> select(c, login, numbers));
    }

    @Override
    public List<JournalEntry> list(String login, Optional<JournalState> state) {
        requireText("login", login);
        Objects.requireNonNull(state, "state");
        return inTransaction("list", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + T + " WHERE login = ?"
                    + (state.isPresent() ? " AND state = ?" : "") + " ORDER BY claimed_at, claim_id, payment_number")) {
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
        });
    }

    /** One {@code SELECT COUNT(*)}: no entry is read. */
    @Override
    public long count(String login, JournalState state) {
        requireText("login", login);
        Objects.requireNonNull(state, "state");
        return inTransaction("count", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + T + " WHERE login = ? AND state = ?")) {
                ps.setString(1, login);
                ps.setString(2, state.label());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private Map<String, JournalEntry> select(Connection c, String login, List<String> numbers)
            throws SQLException {
        Map<String, JournalEntry> found = new LinkedHashMap<>();
        for (List<String> chunk : chunks(numbers)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + T
                    + " WHERE login = ? AND payment_number IN (" + marks(chunk.size()) + ")")) {
                int i = 0;
                ps.setString(++i, login);
                for (String number : chunk) {
                    ps.setString(++i, number);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        JournalEntry e = entry(rs);
                        found.put(e.paymentNumber(), e);
                    }
                }
            }
        }
        return found;
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

    private static List<List<String>> chunks(List<String> numbers) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            chunks.add(numbers.subList(from, Math.min(numbers.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static String marks(int n) {
        return "?" + ", ?".repeat(n - 1);
    }
}
