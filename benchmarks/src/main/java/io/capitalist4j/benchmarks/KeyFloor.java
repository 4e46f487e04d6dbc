package io.capitalist4j.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The least any journal keyed by (login, payment number) must do before an upload: put the batch's keys into a
 * unique index and commit, durably. One table holding only that key, one {@code INSERT … SELECT FROM UNNEST(?)}
 * of every number (the statement the journal's claim uses), one commit; no claim row, no pool, no checks. P7
 * times it beside the journal so that the journal's cost can be read against what the database alone needs.
 */
final class KeyFloor implements AutoCloseable {

    static final String TABLE = "p7_key_floor";

    private final Connection connection;

    private KeyFloor(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE " + TABLE + " (login VARCHAR(255) NOT NULL, payment_number VARCHAR(255) NOT NULL,"
                    + " CONSTRAINT " + TABLE + "_pk PRIMARY KEY (login, payment_number))");
        }
        connection.setAutoCommit(false);
    }

    /** On an H2 file opened as the journal opens its embedded file: written and forced at every commit. */
    static KeyFloor h2File(java.nio.file.Path file) throws SQLException {
        return new KeyFloor(DriverManager.getConnection("jdbc:h2:file:" + file.toAbsolutePath()
                + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "sa", ""));
    }

    /** On the PostgreSQL server at {@code url}. */
    static KeyFloor postgresql(String url, String user, String password) throws SQLException {
        return new KeyFloor(DriverManager.getConnection(url, user, password));
    }

    /**
     * Inserts {@code numbers} under {@code login} and commits.
     *
     * @return the rows inserted
     * @throws SQLException when a key is already there (nothing of the call stays) or the database fails
     */
    int insert(String login, List<String> numbers) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + TABLE + " (login, payment_number)"
                + " SELECT CAST(? AS VARCHAR(255)), u.x FROM UNNEST(CAST(? AS VARCHAR(255) ARRAY)) AS u(x)")) {
            Array array = connection.createArrayOf("varchar", numbers.toArray());
            ps.setString(1, login);
            ps.setArray(2, array);
            int rows = ps.executeUpdate();
            connection.commit();
            array.free();
            return rows;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
