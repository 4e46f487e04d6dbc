package io.capitalist4j.adapter.csv;

import io.capitalist4j.application.port.out.ParsedBatch;
import io.capitalist4j.application.port.out.ParsedBatch.NumberedOrder;
import io.capitalist4j.domain.batch.FieldText;
import io.capitalist4j.domain.batch.LineProblem;
import io.capitalist4j.domain.payment.InvalidFieldException;
import io.capitalist4j.domain.payment.LineLayout;
import io.capitalist4j.domain.payment.Opcode;
import io.capitalist4j.domain.payment.PaymentNumbers;
import io.capitalist4j.domain.payment.PaymentOrder;
import io.capitalist4j.domain.payment.PaymentOrders;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
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
 * of thousands of lines wants the whole list at once. It streams: a line longer than the limits allow is
 * refused by its length without being kept, reading stops at the first line past the record limit and after
 * {@link #MAX_PROBLEMS} problems, so memory stays bounded whatever the file. A file that looks like key
 * material is refused as a whole, without a word of it in any message.
 */
final class BatchParser {

    /** The most problems reported; past them, reading stops (the list is long enough to start fixing). */
    static final int MAX_PROBLEMS = 1_000;
    static final String KEY_FILE = "this looks like a key file, not a batch file";

    private static final String EMPTY_LINE = "empty line";

    private final BatchFormatOptions options;

    BatchParser(BatchFormatOptions options) {
        this.options = options;
    }

    ParsedBatch parse(String text) {
        Objects.requireNonNull(text, "batch text");
        try {
            return parse(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException("a string cannot fail to read", e);
        }
    }

    ParsedBatch parse(Reader text) throws IOException {
        Objects.requireNonNull(text, "batch text");
        int maxRecords = options.limits().maxRecords();
        int maxLength = options.limits().maxLineLength();
        BatchLines lines = new BatchLines(text, maxLength);
        List<NumberedOrder> orders = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        Map<String, NumberedOrder> firstLineOfNumber = new HashMap<>();
        int last = 0;
        BatchLines.Line line;
        while ((line = lines.next()) != null) {
            last = line.number();
            if (line.keyMaterial()) {
                return new ParsedBatch(List.of(), List.of(new LineProblem(line.number(), "file", KEY_FILE)));
            }
            if (line.number() > maxRecords) {
                problems.add(new LineProblem(line.number(), "line", "the batch has more records than the limit of "
                        + maxRecords + "; reading stopped at this line"));
                break;
            }
            if (line.cut(maxLength)) {
                problems.add(tooLong(line, maxLength));
            } else {
                parseLine(line.kept(), line.number(), orders, problems, firstLineOfNumber);
            }
            if (problems.size() >= MAX_PROBLEMS) {
                problems.add(new LineProblem(line.number(), "line", "more than " + MAX_PROBLEMS
                        + " problems; reading stopped after this line"));
                break;
            }
        }
        if (last == 0 || last == 1 && orders.isEmpty() && problems.size() == 1 && problems.get(0).reason().equals(EMPTY_LINE)) {
            return new ParsedBatch(List.of(), List.of(new LineProblem(1, "line", "the batch is empty")));
        }
        return new ParsedBatch(orders, problems);
    }

    /** A line too long to keep, named by its longest field: the one that most likely ran away. */
    private static LineProblem tooLong(BatchLines.Line line, int maxLength) {
        String kept = line.kept();
        int separator = kept.indexOf(';');
        Optional<Opcode> opcode = separator < 0 ? Optional.empty() : Opcode.find(kept.substring(0, separator));
        String field = LineLayout.nameAt(opcode, line.longestFieldIndex());
        return new LineProblem(line.number(), field, "the line is " + line.length() + " characters long, more than the"
                + " limit of " + maxLength + "; this field alone has " + line.longestField());
    }

    private void parseLine(String line, int number, List<NumberedOrder> orders, List<LineProblem> problems,
                           Map<String, NumberedOrder> firstLineOfNumber) {
        if (line.isEmpty()) {
            problems.add(new LineProblem(number, "line", EMPTY_LINE));
            return;
        }
        List<String> fields = split(line);
        Optional<Opcode> opcode = Opcode.find(fields.get(0));
        Set<String> badFields = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            String name = LineLayout.nameAt(opcode, i);
            // one problem per field: a payment number's own rules name its invisible characters more exactly
            Optional<String> problem = name.equals(PaymentNumbers.FIELD)
                    ? PaymentNumbers.problem(field).or(() -> FieldText.problem(field))
                    : FieldText.problem(field);
            if (problem.isPresent()) {
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
        NumberedOrder numbered = new NumberedOrder(number, order);
        NumberedOrder earlier = firstLineOfNumber.putIfAbsent(PaymentNumbers.canonical(order.paymentNumber()), numbered);
        if (earlier != null) {
            problems.add(new LineProblem(number, PaymentNumbers.FIELD, PaymentNumbers.duplicateReason(
                    order.paymentNumber(), earlier.order().paymentNumber(), earlier.line())));
            return;
        }
        orders.add(numbered);
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
