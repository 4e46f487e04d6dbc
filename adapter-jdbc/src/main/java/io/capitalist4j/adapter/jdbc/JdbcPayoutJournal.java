package io.capitalist4j.adapter.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.capitalist4j.application.port.out.journal.JournalUnavailableException;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.domain.auth.KnownSecrets;
import io.capitalist4j.domain.auth.Secret;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The payout journal in a relational database: an embedded H2 file for one process, PostgreSQL for several
 * processes or hosts sharing one journal, or any {@link DataSource} of the caller's. The schema is created or
 * upgraded by Flyway on {@link PayoutJournalPort#check()} or before the first call, from migrations and a history
 * table of its own ({@code capitalist4j_journal_schema_history}); the journal itself is three tables,
 * {@code capitalist4j_payout_journal} (the numbers), {@code capitalist4j_payout_claim} (the claims) and
 * {@code capitalist4j_payout_override} (numbers settled apart from their claim).
 *
 * <pre>{@code
 * try (PayoutJournalPort journal = JdbcPayoutJournal.open("jdbc:postgresql://db/payouts", "payouts", password)) {
 *     journal.check();
 *     ...
 * }
 * }</pre>
 */
public final class JdbcPayoutJournal {

    /** The file name H2 gives the journal in the directory of {@link #h2File}: {@code journal.mv.db}. */
    public static final String H2_FILE_NAME = "journal";

    private static final String H2_USER = "capitalist4j";
    private static final long CONNECTION_TIMEOUT_MILLIS = 10_000;

    private JdbcPayoutJournal() {
    }

    /**
     * A journal over the caller's own data source (its pool, its credentials); {@link PayoutJournalPort#close()}
     * leaves the data source open.
     */
    public static PayoutJournalPort over(DataSource dataSource) {
        return over(dataSource, Clock.systemUTC());
    }

    /** As {@link #over(DataSource)}, timing claims and state changes with {@code clock}. */
    public static PayoutJournalPort over(DataSource dataSource, Clock clock) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new JdbcJournal(dataSource, null, clock,
                new Failures("(" + dataSource.getClass().getSimpleName() + ")", new KnownSecrets()));
    }

    /**
     * A journal in an embedded H2 database file ({@value #H2_FILE_NAME}{@code .mv.db}) in {@code directory}, which
     * is created owner-only ({@code 0700} on POSIX) if missing and must not be a symbolic link; the file too is
     * created owner-only ({@code 0600}), even in a directory that already existed, and must not be a link. It is locked
     * to this process while the journal is open: several processes sharing one journal need PostgreSQL.
     *
     * @throws JournalUnavailableException when the directory cannot be made or used, or another process has the
     *                                     file open
     */
    public static PayoutJournalPort h2File(Path directory) {
        return h2File(directory, Clock.systemUTC());
    }

    /** As {@link #h2File(Path)}, timing claims and state changes with {@code clock}. */
    public static PayoutJournalPort h2File(Path directory, Clock clock) {
        Objects.requireNonNull(directory, "directory");
        String path = directory.toAbsolutePath().toString();
        if (path.contains(";")) {
            throw new IllegalArgumentException("an H2 journal directory cannot have ';' in its path: " + path);
        }
        Path dir;
        try {
            dir = PrivateDirectory.of(directory);
            PrivateDirectory.file(dir.resolve(H2_FILE_NAME + ".mv.db"));
        } catch (IOException e) {
            throw new JournalUnavailableException("cannot keep the payout journal in " + directory + ": "
                    + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve(H2_FILE_NAME) + ";LOCK_TIMEOUT=10000";
        try (Secret none = Secret.of("")) {
            return open(url, H2_USER, none, clock);
        }
    }

    /**
     * A journal over a pool of its own (HikariCP) for {@code jdbcUrl}: {@code jdbc:postgresql://host:5432/db},
     * {@code jdbc:h2:file:/path/journal}, or {@code jdbc:h2:mem:name} for a journal that lives as long as it is
     * open. {@link PayoutJournalPort#close()} closes the pool. An embedded H2 file gets {@code WRITE_DELAY=0} unless
     * the URL sets it, so that a claim is on disk when {@code claim} returns, not half a second later.
     *
     * @throws JournalUnavailableException when the database cannot be reached; the message names the URL, never
     *                                     the password
     */
    public static PayoutJournalPort open(String jdbcUrl, String user, Secret password) {
        return open(jdbcUrl, user, password, Clock.systemUTC());
    }

    /** As {@link #open(String, String, Secret)}, timing claims and state changes with {@code clock}. */
    public static PayoutJournalPort open(String jdbcUrl, String user, Secret password, Clock clock) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(clock, "clock");
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("not a JDBC URL: " + Failures.redactUrl(jdbcUrl));
        }
        jdbcUrl = durable(jdbcUrl);
        KnownSecrets secrets = new KnownSecrets().add(password);
        Failures failures = new Failures(jdbcUrl, secrets);
        HikariConfig config = new HikariConfig();
        config.setPoolName("capitalist4j-journal");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password.reveal());
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.setMaximumPoolSize(8);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw failures.unreachableFailure(e);
        }
        return new JdbcJournal(pool, pool, clock, failures);
    }

    /**
     * An embedded H2 file flushes a commit at once, not within H2's default 500 ms: a claim must survive a crash.
     * It is not closed by H2's own shutdown hook either ({@code DB_CLOSE_ON_EXIT=FALSE}): a process stopping on
     * Ctrl-C still notes its interrupted claims before it goes, and {@link PayoutJournalPort#close()} closes it.
     */
    static String durable(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        boolean embeddedH2File = lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:")
                && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:");
        if (!embeddedH2File) {
            return jdbcUrl;
        }
        String url = lower.contains("write_delay=") ? jdbcUrl : jdbcUrl + ";WRITE_DELAY=0";
        return lower.contains("db_close_on_exit=") ? url : url + ";DB_CLOSE_ON_EXIT=FALSE";
    }
}
