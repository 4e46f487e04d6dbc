package io.capitalist4j.adapter.jdbc;

import io.capitalist4j.application.port.out.journal.ClaimedPayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers one claim took, as one text, kept in the claim's row while numbers follow it, so that a settle naming
 * the whole claim is checked against one row instead of ten thousand. Two forms:
 * <ul>
 *   <li>numbers only: one number per line, a backslash or a line break inside a number written as {@code \\} or
 *   {@code \n} (what {@code claim} writes, and all that versions before payouts wrote);</li>
 *   <li>with payouts: the line {@value #PAYOUTS} first (a backslash and {@code p}, which the first form never writes),
 *   then one line per number: number, amount, currency and recipient separated by tabs, each escaped as above and a
 *   tab inside written as {@code \t} (what {@code claimPayouts} writes).</li>
 * </ul>
 */
final class ClaimManifest {

    /** The first line of a manifest that carries payouts. */
    static final String PAYOUTS = "\\p";

    private ClaimManifest() {
    }

    /** The numbers-only form. */
    static String encode(Collection<String> numbers) {
        StringBuilder text = new StringBuilder(numbers.size() * 16);
        for (String number : numbers) {
            if (text.length() > 0) {
                text.append('\n');
            }
            escape(text, number, false);
        }
        return text.toString();
    }

    /**
     * The form with payouts when {@code payouts} has one for every number, else the numbers-only form.
     *
     * @param numbers the numbers the claim took, in the order to keep
     * @param payouts what each is to pay, by number (may hold others, which are left out)
     */
    static String encode(List<String> numbers, Map<String, ClaimedPayout> payouts) {
        if (payouts.isEmpty() || !payouts.keySet().containsAll(numbers)) {
            return encode(numbers);
        }
        StringBuilder text = new StringBuilder(PAYOUTS.length() + numbers.size() * 48).append(PAYOUTS);
        for (String number : numbers) {
            ClaimedPayout payout = payouts.get(number);
            text.append('\n');
            escape(text, number, true);
            text.append('\t').append(payout.amount().toPlainString()).append('\t');
            escape(text, payout.currency(), true);
            text.append('\t');
            escape(text, payout.recipient(), true);
        }
        return text.toString();
    }

    /**
     * The numbers of either form, in their order.
     *
     * @throws IllegalStateException for a text {@link #encode} cannot have written
     */
    static List<String> decode(String text) {
        List<String> numbers = new ArrayList<>();
        for (List<String> fields : lines(text, true)) {
            numbers.add(fields.get(0));
        }
        return numbers;
    }

    /**
     * The payouts of the form with payouts, by number in their order; empty for the numbers-only form.
     *
     * @throws IllegalStateException for a text {@link #encode} cannot have written
     */
    static Map<String, ClaimedPayout> payouts(String text) {
        Map<String, ClaimedPayout> payouts = new LinkedHashMap<>();
        if (!text.startsWith(PAYOUTS)) {
            return payouts;
        }
        for (List<String> fields : lines(text, false)) {
            if (fields.size() != 4) {
                throw new IllegalStateException("a claim's payout line has " + fields.size() + " fields, not 4");
            }
            BigDecimal amount;
            try {
                amount = new BigDecimal(fields.get(1));
            } catch (NumberFormatException e) {
                throw new IllegalStateException("a claim's payout line has no amount", e);
            }
            payouts.put(fields.get(0), new ClaimedPayout(fields.get(0), amount, fields.get(2), fields.get(3)));
        }
        return payouts;
    }

    /** @param tabs whether a tab is escaped (the form with payouts, where a raw tab separates fields) */
    private static void escape(StringBuilder text, String value, boolean tabs) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '\\') {
                text.append("\\\\");
            } else if (ch == '\n') {
                text.append("\\n");
            } else if (ch == '\t' && tabs) {
                text.append("\\t");
            } else {
                text.append(ch);
            }
        }
    }

    /**
     * Every line after the mark, if any, as its unescaped fields (always one field in the numbers-only form).
     *
     * @param numbersOnly keep only each line's first field (the number), skipping the rest of the line unread
     */
    private static List<List<String>> lines(String text, boolean numbersOnly) {
        boolean withPayouts = text.startsWith(PAYOUTS);
        int start = withPayouts ? Math.min(text.length(), PAYOUTS.length() + 1) : 0;
        List<List<String>> lines = new ArrayList<>();
        if (withPayouts ? text.length() <= PAYOUTS.length() : text.isEmpty()) {
            return lines;
        }
        List<String> fields = new ArrayList<>(4);
        StringBuilder field = new StringBuilder();
        for (int i = start; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                fields.add(field.toString());
                lines.add(fields);
                fields = new ArrayList<>(4);
                field.setLength(0);
            } else if (ch == '\t' && withPayouts) {
                fields.add(field.toString());
                field.setLength(0);
                if (numbersOnly) {
                    // the payout's fields hold no raw line break (escaped as \n): the line ends at the next one
                    int next = text.indexOf('\n', i);
                    lines.add(fields);
                    fields = new ArrayList<>(4);
                    if (next < 0) {
                        return lines;
                    }
                    i = next;
                }
            } else if (ch == '\\') {
                if (++i == text.length()) {
                    throw new IllegalStateException("a claim's numbers end in a lone backslash");
                }
                char escaped = text.charAt(i);
                if (escaped == 'n') {
                    field.append('\n');
                } else if (escaped == '\\') {
                    field.append('\\');
                } else if (escaped == 't' && withPayouts) {
                    field.append('\t');
                } else {
                    throw new IllegalStateException("a claim's numbers hold an unknown escape \\" + escaped);
                }
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        lines.add(fields);
        return lines;
    }
}
