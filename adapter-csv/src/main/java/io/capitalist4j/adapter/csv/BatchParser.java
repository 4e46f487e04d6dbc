package io.capitalist4j.adapter.csv;

import io.capitalist4j.application.port.out.ParsedBatch;
import io.capitalist4j.application.port.out.ParsedBatch.NumberedOrder;
import io.capitalist4j.domain.batch.FieldText;
import io.capitalist4j.domain.batch.LineProblem;
import io.capitalist4j.domain.payment.InvalidFieldException;
import io.capitalist4j.domain.payment.LineLayout;
import io.capitalist4j.domain.payment.Opcode;
import io.capitalist4j.domain.payment.PaymentOrder;
import io.capitalist4j.domain.payment.PaymentOrders;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a batch text into orders and reports every bad line, not only the first: a person fixing a file
 * of thousands of lines wants the whole list at once.
 */
final class BatchParser {

    private static final char BOM = '\uFEFF';

    private final BatchFormatOptions options;

    BatchParser(BatchFormatOptions options) {
        this.options = options;
    }

    ParsedBatch parse(String text) {
        Objects.requireNonNull(text, "batch text");
        int start = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        int end = withoutOneTrailingLineBreak(text, start);
        List<NumberedOrder> orders = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        if (start == end) {
            problems.add(new LineProblem(1, "line", "the batch is empty"));
            return new ParsedBatch(orders, problems);
        }
        Map<String, Integer> firstLineOfNumber = new HashMap<>();
        int line = 0;
        int from = start;
        while (from <= end) {
            int to = text.indexOf('\n', from);
            if (to < 0 || to > end) {
                to = end;
            }
            line++;
            // CRLF inside the text; the final line's CRLF was already cut, so a CR left there stands alone
            int lineEnd = to < end && to > from && text.charAt(to - 1) == '\r' ? to - 1 : to;
            parseLine(text.substring(from, lineEnd), line, orders, problems, firstLineOfNumber);
            from = to + 1;
        }
        if (line > options.limits().maxRecords()) {
            problems.add(new LineProblem(options.limits().maxRecords() + 1, "line", "the batch has " + line
                    + " records, more than the limit of " + options.limits().maxRecords()));
        }
        return new ParsedBatch(orders, problems);
    }

    /** The end of the text without one final {@code \n} or {@code \r\n}: the last line may or may not be terminated. */
    private static int withoutOneTrailingLineBreak(String text, int start) {
        int end = text.length();
        if (end > start && text.charAt(end - 1) == '\n') {
            end--;
            if (end > start && text.charAt(end - 1) == '\r') {
                end--;
            }
        }
        return end;
    }

    private void parseLine(String line, int number, List<NumberedOrder> orders, List<LineProblem> problems,
                           Map<String, Integer> firstLineOfNumber) {
        if (line.isEmpty()) {
            problems.add(new LineProblem(number, "line", "empty line"));
            return;
        }
        List<String> fields = split(line);
        Optional<Opcode> opcode = Opcode.find(fields.get(0));
        Set<String> badFields = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            Optional<String> problem = FieldText.problem(fields.get(i));
            if (problem.isPresent()) {
                String name = LineLayout.nameAt(opcode, i);
                badFields.add(name);
                problems.add(new LineProblem(number, name, problem.get()));
            }
        }
        PaymentOrder order;
        try {
            order = PaymentOrders.fromFields(fields, options.brBankCurrency());
        } catch (InvalidFieldException e) {
            if (!badFields.contains(e.field())) {
                problems.add(new LineProblem(number, e.field(), e.reason()));
            }
            return;
        }
        if (!badFields.isEmpty()) {
            return;
        }
        Integer earlier = firstLineOfNumber.putIfAbsent(order.paymentNumber(), number);
        if (earlier != null) {
            problems.add(new LineProblem(number, "paymentNumber", "payment number '" + order.paymentNumber()
                    + "' is already used on line " + earlier));
            return;
        }
        orders.add(new NumberedOrder(number, order));
    }

    /** Splits on every {@code ;} and keeps empty fields, also trailing ones (unlike {@code String.split}). */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>(16);
        int from = 0;
        int at;
        while ((at = line.indexOf(';', from)) >= 0) {
            fields.add(line.substring(from, at));
            from = at + 1;
        }
        fields.add(line.substring(from));
        return fields;
    }
}
