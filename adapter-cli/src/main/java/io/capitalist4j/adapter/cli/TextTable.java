package io.capitalist4j.adapter.cli;

import io.capitalist4j.domain.auth.Printable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Aligned columns for the table output; numbers are right-aligned so that decimal points line up. */
final class TextTable {
    private final List<String> headers;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    private TextTable(List<String> headers) {
        this.headers = List.copyOf(headers);
        this.right = new boolean[headers.size()];
    }

    static TextTable of(String... headers) {
        return new TextTable(Arrays.asList(headers));
    }

    /** Right-aligns the named columns (amounts, counts). */
    TextTable right(String... columns) {
        for (String column : columns) {
            int index = headers.indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException("no column " + column);
            }
            right[index] = true;
        }
        return this;
    }

    TextTable row(Object... values) {
        if (values.length != headers.size()) {
            throw new IllegalArgumentException("row has " + values.length + " values for " + headers.size() + " columns");
        }
        List<String> row = new ArrayList<>(values.length);
        for (Object value : values) {
            // escaped here, not only on the way out, so that the columns are measured as they will show
            row.add(value == null ? "" : Printable.of(value.toString()));
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        line(out, headers, widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
    }

    private void line(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - cell.length());
            if (i > 0) {
                text.append("  ");
            }
            text.append(right[i] ? pad + cell : cell + (i == cells.size() - 1 ? "" : pad));
        }
        out.println(text.toString().stripTrailing());
    }
}
