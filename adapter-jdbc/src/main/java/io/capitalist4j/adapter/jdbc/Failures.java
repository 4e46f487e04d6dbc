package io.capitalist4j.adapter.jdbc;

import io.capitalist4j.application.port.out.journal.JournalUnavailableException;
import io.capitalist4j.domain.auth.KnownSecrets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what JDBC, the pool and Flyway throw into {@link JournalUnavailableException}s that say where and why,
 * with the password masked wherever a driver may have echoed it; and tells a conflict worth retrying (two claims
 * racing for one number) from a real failure.
 */
final class Failures {

    /** Unique key, serialization failure, deadlock, lock timeout: the whole transaction may simply run again. */
    private static final Set<String> RETRYABLE_STATES = Set.of(
            "23505", // unique violation (both): another claim inserted the number first
            "40001", // serialization failure (PostgreSQL), deadlock (H2)
            "40P01", // deadlock detected (PostgreSQL)
            "55P03", // lock not available (PostgreSQL)
            "HYT00", // lock timeout (H2)
            "90131"); // concurrent update in another transaction (H2)

    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)((?:password|pwd)\\s*=)[^&;]*");

    private final String where;
    private final KnownSecrets secrets;

    Failures(String where, KnownSecrets secrets) {
        this.secrets = secrets;
        this.where = mask(redactUrl(where));
    }

    /** A JDBC URL with any {@code password=} parameter replaced by {@code ***}. */
    static String redactUrl(String url) {
        return url == null ? null : PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
    }

    String where() {
        return where;
    }

    /** A primary-key (unique) violation: SQL state 23505 on H2 and PostgreSQL alike. */
    static boolean duplicateKey(SQLException e) {
        for (SQLException n = e; n != null; n = n.getNextException()) {
            if ("23505".equals(n.getSQLState())) {
                return true;
            }
            if (n.getCause() instanceof SQLException cause && duplicateKey(cause)) {
                return true;
            }
        }
        return false;
    }

    static boolean retryable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    if (n.getSQLState() != null && RETRYABLE_STATES.contains(n.getSQLState().toUpperCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The database could not be reached (or opened), as opposed to a statement that failed on it. */
    static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException s && (s.getSQLState() != null && s.getSQLState().startsWith("08")
                    || s.getErrorCode() == H2_DATABASE_ALREADY_OPEN)) {
                return true;
            }
            if (t.getClass().getName().endsWith("PoolInitializationException")) {
                return true;
            }
        }
        return false;
    }

    JournalUnavailableException unreachableFailure(Throwable e) {
        String hint = alreadyOpen(e)
                ? " (an H2 journal file serves one process at a time; several instances share a PostgreSQL journal)"
                : "";
        return new JournalUnavailableException(mask("cannot reach the payout journal database " + where + ": "
                + rootMessage(e) + hint), e);
    }

    JournalUnavailableException failure(String what, Throwable e) {
        if (unreachable(e)) {
            return unreachableFailure(e);
        }
        return new JournalUnavailableException(mask("payout journal " + what + " failed on " + where + ": "
                + rootMessage(e)), e);
    }

    JournalUnavailableException failure(String message) {
        return new JournalUnavailableException(mask(message.replace("{where}", where)));
    }

    String mask(String text) {
        return secrets.mask(text);
    }

    private static boolean alreadyOpen(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message that says something, with its SQL state when there is one. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        int newline = message.indexOf('\n');
        if (newline > 0) {
            message = message.substring(0, newline).strip();
        }
        if (root instanceof SQLException s && s.getSQLState() != null) {
            message = message + " [SQLState " + s.getSQLState() + "]";
        }
        return message;
    }
}
