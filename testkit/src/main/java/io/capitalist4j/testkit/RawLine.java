package io.capitalist4j.testkit;

import io.capitalist4j.domain.payment.Opcode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One batch line split on {@code ;} without any validation: what the server can still say about a line it
 * cannot accept (its payment number, recipient, amount), and where the amount sits for the zero check.
 */
final class RawLine {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final List<String> fields;
    private final Optional<Opcode> opcode;
    private final String brBankCurrency;

    RawLine(String line, String brBankCurrency) {
        this.fields = split(line);
        this.opcode = Opcode.find(fields.get(0));
        this.brBankCurrency = brBankCurrency;
    }

    Optional<Opcode> opcode() {
        return opcode;
    }

    String beneficiary() {
        return field(1);
    }

    String amountText() {
        return field(isBrBank() ? 5 : 2);
    }

    String currency() {
        return isBrBank() ? brBankCurrency : field(3);
    }

    String paymentNumber() {
        return field(isBrBank() ? 6 : isSbp() ? 8 : 4);
    }

    String description() {
        return field(isBrBank() ? 7 : isSbp() ? 9 : 5);
    }

    /** True when the amount field is a well-formed decimal equal to zero (code 185). */
    boolean hasZeroAmount() {
        String a = amountText();
        return DECIMAL.matcher(a).matches() && new BigDecimal(a).signum() == 0;
    }

    BigDecimal amountOrZero() {
        String a = amountText();
        return DECIMAL.matcher(a).matches() ? new BigDecimal(a) : BigDecimal.ZERO;
    }

    private boolean isBrBank() {
        return opcode.isPresent() && opcode.get() == Opcode.BRBANK;
    }

    private boolean isSbp() {
        return opcode.isPresent() && opcode.get() == Opcode.SBP;
    }

    private String field(int index) {
        return index < fields.size() ? fields.get(index) : "";
    }

    private static List<String> split(String line) {
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

    /**
     * The lines of a batch as the batch format numbers them: a leading BOM and one final line break are
     * ignored, {@code \r\n} ends a line like {@code \n}.
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
}
