package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What happened to the money, per currency, once payments were followed: paid, declined, still pending, and (v1) the
 * lines rejected at upload, never sent. Only currencies that occur have a row; each amount keeps the scale the
 * server wrote it with.
 */
final class OutcomeTotals {
    /** Where a payment's amount counts. */
    enum Outcome {
        PAID("PAID"), DECLINED("DECLINED"), PENDING("PENDING"), REJECTED("REJECTED AT UPLOAD");

        private final String header;

        Outcome(String header) {
            this.header = header;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Map<String, Map<Outcome, BigDecimal>> sums = new LinkedHashMap<>();
    private final Map<String, Integer> scales = new LinkedHashMap<>();
    private boolean anyRejected;

    /** Counts {@code amount} in {@code currency}; an amount or currency the server did not give is left out. */
    void add(String currency, BigDecimal amount, Outcome outcome) {
        if (currency == null || currency.isEmpty() || amount == null) {
            return;
        }
        sums.computeIfAbsent(currency, c -> new EnumMap<>(Outcome.class)).merge(outcome, amount, BigDecimal::add);
        scales.merge(currency, Math.max(0, amount.scale()), Math::max);
        anyRejected |= outcome == Outcome.REJECTED;
    }

    boolean isEmpty() {
        return sums.isEmpty();
    }

    private List<Outcome> columns() {
        List<Outcome> columns = new ArrayList<>(List.of(Outcome.PAID, Outcome.DECLINED, Outcome.PENDING));
        if (anyRejected) {
            columns.add(Outcome.REJECTED);
        }
        return columns;
    }

    private String amount(String currency, Outcome outcome) {
        BigDecimal sum = sums.get(currency).getOrDefault(outcome, BigDecimal.ZERO);
        return Shown.amount(sum.setScale(Math.max(sum.scale(), scales.get(currency))));
    }

    void printTable(PrintWriter out) {
        List<Outcome> columns = columns();
        String[] headers = new String[columns.size() + 1];
        headers[0] = "CURRENCY";
        for (int i = 0; i < columns.size(); i++) {
            headers[i + 1] = columns.get(i).header;
        }
        TextTable table = TextTable.of(headers).right(java.util.Arrays.copyOfRange(headers, 1, headers.length));
        for (String currency : sums.keySet()) {
            Object[] row = new Object[headers.length];
            row[0] = currency;
            for (int i = 0; i < columns.size(); i++) {
                row[i + 1] = amount(currency, columns.get(i));
            }
            table.row(row);
        }
        table.print(out);
    }

    /** {@code {"RUR": {"paid": "8200.00", "declined": "0.00", "pending": "0.00"}, ...}}, amounts as strings. */
    void json(ObjectNode into) {
        for (String currency : sums.keySet()) {
            ObjectNode node = into.putObject(currency);
            for (Outcome outcome : columns()) {
                node.put(outcome.key(), amount(currency, outcome));
            }
        }
    }
}
