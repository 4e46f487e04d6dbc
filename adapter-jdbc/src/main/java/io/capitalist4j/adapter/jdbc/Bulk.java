package io.capitalist4j.adapter.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Many payment numbers in few statements, the same SQL on H2 and PostgreSQL: a set of numbers travels as one array
 * parameter read by {@link #NUMBERS} (an index lookup per element, whatever the journal's size), and statements that
 * must say which numbers they changed run once per number in JDBC batches of {@link #BATCH}.
 */
final class Bulk {

    /** Numbers per array parameter. */
    static final int ARRAY = 10_000;
    /** The most elements H2 holds in one array. */
    static final int MAX_ARRAY = 65_536;
    /** Statements per JDBC batch. */
    static final int BATCH = 1_000;
    /** A table of the numbers in the array parameter, one column {@code u.x}. */
    static final String NUMBERS = "UNNEST(CAST(? AS VARCHAR(255) ARRAY)) AS u(x)";

    private Bulk() {
    }

    @FunctionalInterface
    interface Binder {
        void bind(String number) throws SQLException;
    }

    @FunctionalInterface
    interface ArrayWork {
        void run(List<String> chunk, Array numbers) throws SQLException;
    }

    /** Runs {@code work} once per {@link #ARRAY} numbers, with those numbers as one SQL array. */
    static void inArrays(Connection c, List<String> numbers, ArrayWork work) throws SQLException {
        for (List<String> chunk : chunks(numbers, ARRAY)) {
            Array array = c.createArrayOf("varchar", chunk.toArray());
            try {
                work.run(chunk, array);
            } finally {
                array.free();
            }
        }
    }

    /**
     * Runs {@code ps} once per number, in batches of {@link #BATCH}, adding to {@code changed} every number whose
     * statement changed a row.
     */
    static void forEachNumber(PreparedStatement ps, List<String> numbers, Collection<String> changed, Binder binder)
            throws SQLException {
        for (List<String> chunk : chunks(numbers, BATCH)) {
            for (String number : chunk) {
                binder.bind(number);
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            for (int i = 0; i < chunk.size(); i++) {
                if (counts[i] == Statement.SUCCESS_NO_INFO) {
                    throw new SQLException("the driver did not say which rows a batched statement changed");
                }
                if (counts[i] > 0) {
                    changed.add(chunk.get(i));
                }
            }
        }
    }

    static List<List<String>> chunks(List<String> numbers, int size) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < numbers.size(); from += size) {
            chunks.add(numbers.subList(from, Math.min(numbers.size(), from + size)));
        }
        return chunks;
    }
}
