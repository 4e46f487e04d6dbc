package io.capitalist4j.testkit;

import io.capitalist4j.domain.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's reader of the {@code batch} parameter (reference §7), with its own table
 * ({@link UploadLayouts}) and its own checks ({@link FieldCheck}): every line becomes an order or a reason
 * it is refused, as import_batch_advanced reports per line. Batch-wide failures (codes 111, 112, 125, 185,
 * 187) are decided by {@link Uploads} before the lines are read.
 */
final class UploadReader {

    /** §8 account prefixes: R = RUR, U = USD, E = EUR, B = BTC, T = USDT, H = ETH. */
    private static final Map<Character, String> ACCOUNT_CURRENCY = Map.of('R', "RUR", 'U', "USD", 'E', "EUR",
            'B', "BTC", 'T', "USDT", 'H', "ETH");

    private UploadReader() {
    }

    /**
     * The lines of a batch: a leading BOM and one final line break are ignored, {@code \r\n} ends a line like
     * {@code \n} (the reference leaves CRLF open; clients on Windows send it).
     */
    static List<String> lines(String text) {
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        int end = text.length();
        if (end > start && text.charAt(end - 1) == '\n') {
            end--;
            if (end > start && text.charAt(end - 1) == '\r') {
                end--;
            }
        }
        List<String> lines = new ArrayList<>();
        if (end <= start) {
            return lines;
        }
        int from = start;
        while (from <= end) {
            int to = text.indexOf('\n', from);
            if (to < 0 || to > end) {
                to = end;
            }
            int lineEnd = to < end && to > from && text.charAt(to - 1) == '\r' ? to - 1 : to;
            lines.add(text.substring(from, lineEnd));
            from = to + 1;
        }
        return lines;
    }

    /** Reads every line; a payment number already used on an earlier accepted line refuses the later one. */
    static List<UploadLine> read(List<String> lines) {
        return read(lines, SandboxConfig.PaymentNumberMatching.EXACT);
    }

    /**
     * Reads every line; a payment number already used on an earlier accepted line refuses the later one, the
     * numbers compared as {@code matching} stores them (so "A-1" and "A-1 " are one number when trimmed).
     */
    static List<UploadLine> read(List<String> lines, SandboxConfig.PaymentNumberMatching matching) {
        List<UploadLine> out = new ArrayList<>(lines.size());
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            UploadLine line = read(i + 1, lines.get(i));
            if (line.order().isPresent()) {
                String number = line.order().get().paymentNumber();
                Integer earlier = firstLine.putIfAbsent(matching.apply(number), line.number);
                if (earlier != null) {
                    line = line.refusedAs("paymentNumber", "payment number '" + number + "' is already used on line "
                            + earlier);
                }
            }
            out.add(line);
        }
        return out;
    }

    static UploadLine read(int number, String text) {
        List<String> fields = fields(text);
        if (text.isEmpty()) {
            return UploadLine.refused(number, fields, Optional.empty(), "line", "empty line");
        }
        Optional<UploadLayouts.Layout> found = UploadLayouts.of(fields.get(0));
        if (found.isEmpty()) {
            return UploadLine.refused(number, fields, found, "opcode", fields.get(0).isEmpty() ? "is required"
                    : "unknown opcode '" + fields.get(0) + "'");
        }
        UploadLayouts.Layout layout = found.get();
        if (layout.family() == UploadLayouts.Family.WEBMONEY && fields.size() == 8
                && fields.get(6).isEmpty() && fields.get(7).isEmpty()) {
            // peers write a WM line without protection as "…;description;;": both optional fields empty
            fields = fields.subList(0, 6);
        }
        if (!layout.fieldCounts().contains(fields.size())) {
            return UploadLine.refused(number, fields, found, "line", layout.opcode() + " takes "
                    + counts(layout.fieldCounts()) + " fields, found " + fields.size());
        }
        for (int i = 0; i < fields.size(); i++) {
            UploadLayouts.Column column = layout.columns().get(i);
            String field = fields.get(i);
            Optional<String> problem = unwritable(field).or(() -> column.check().problem(field));
            if (problem.isPresent()) {
                return UploadLine.refused(number, fields, found, column.name(), problem.get());
            }
        }
        Optional<Map.Entry<String, String>> lineProblem = acrossFields(layout, fields);
        if (lineProblem.isPresent()) {
            return UploadLine.refused(number, fields, found, lineProblem.get().getKey(), lineProblem.get().getValue());
        }
        try {
            return UploadLine.accepted(number, fields, layout, UploadOrders.build(layout, fields));
        } catch (IllegalArgumentException e) {
            return UploadLine.refused(number, fields, found, "line", String.valueOf(e.getMessage()));
        }
    }

    /** The checks that need two fields: the amount in its currency, the RUR limits, an account's currency. */
    private static Optional<Map.Entry<String, String>> acrossFields(UploadLayouts.Layout layout, List<String> fields) {
        Money money;
        try {
            money = UploadOrders.money(layout, fields);
        } catch (IllegalArgumentException e) {
            return Optional.of(Map.entry("amount", e.getMessage()));
        }
        if (layout.rurLimits().isPresent() && money.currency().code().equals("RUR")) {
            BigDecimal min = layout.rurLimits().get().min();
            BigDecimal max = layout.rurLimits().get().max();
            if (money.amount().compareTo(min) < 0 || money.amount().compareTo(max) > 0) {
                return Optional.of(Map.entry("amount", money.toWire() + " RUR is outside the " + layout.opcode()
                        + " limits " + min.toPlainString() + " to " + max.toPlainString() + " RUR"));
            }
        }
        int account = layout.position("account");
        if (account >= 0) {
            String held = ACCOUNT_CURRENCY.get(fields.get(account).charAt(0));
            if (held != null && !held.equals(money.currency().code())) {
                return Optional.of(Map.entry("currency", "account " + fields.get(account) + " holds " + held
                        + " but the amount is in " + money.currency().code()));
            }
        }
        return Optional.empty();
    }

    /**
     * Characters no batch field can carry even though they are not control characters (those fail the
     * whole upload with 111): the Unicode line separators and a lone surrogate half, which has no UTF-8 form.
     */
    private static Optional<String> unwritable(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\u2028' || c == '\u2029') {
                return Optional.of(String.format("contains control character U+%04X at position %d", (int) c, i + 1));
            }
            if (Character.isHighSurrogate(c) && i + 1 < field.length() && Character.isLowSurrogate(field.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contains an unpaired surrogate at position " + (i + 1) + " (not valid UTF-8)");
            }
        }
        return Optional.empty();
    }

    private static String counts(List<Integer> counts) {
        return counts.size() == 1 ? counts.get(0).toString()
                : counts.get(0) + " or " + counts.get(counts.size() - 1);
    }

    /** Splits on every {@code ;} and keeps empty fields, trailing ones too: nothing is ever escaped (§7.1). */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = line.indexOf(';', from)) >= 0) {
            out.add(line.substring(from, at));
            from = at + 1;
        }
        out.add(line.substring(from));
        return out;
    }
}
