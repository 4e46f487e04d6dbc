package io.capitalist4j.adapter.jdbc;

import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.domain.auth.Secret;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;

/**
 * One real PostgreSQL server for every test of this JVM, started on first use (about a second) and stopped by its
 * shutdown hook. It is never skipped: a server that cannot start fails the test that needed it.
 */
public final class EmbeddedPostgresServer {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    public static synchronized EmbeddedPostgres get() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return server;
    }

    /** A new empty database on the server; its JDBC URL (user {@code postgres}, no password). */
    public static String newDatabase() {
        String name = "journal_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = get().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return get().getJdbcUrl("postgres", name);
    }

    /** A journal with a pool of its own on {@code url}, as another process would open it. */
    static PayoutJournalPort open(String url, Clock clock) {
        PayoutJournalPort journal = JdbcPayoutJournal.open(url, "postgres", Secret.of(""), clock);
        journal.check();
        return journal;
    }
}
