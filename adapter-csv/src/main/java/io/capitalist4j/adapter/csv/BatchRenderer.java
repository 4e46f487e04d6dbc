package io.capitalist4j.adapter.csv;

import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.BatchValidationException;
import io.capitalist4j.domain.batch.FieldText;
import io.capitalist4j.domain.batch.LineProblem;
import io.capitalist4j.domain.payment.FieldSink;
import io.capitalist4j.domain.payment.PaymentOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes orders as batch lines. Fields go out exactly as the order passes them ({@code forEachField}, the
 * same fields as {@code fields()}): nothing is quoted, escaped, trimmed or reformatted, because the
 * signature is computed over these bytes and the server reads them as they are.
 */
final class BatchRenderer {

    /** Room reserved per line for the first lines, before their real length is known. */
    private static final int FIRST_LINE_LENGTH = 128;

    /** Lines written before the room for the whole text is reserved from their average length. */
    private static final int SAMPLE_LINES = 64;

    private final BatchFormatOptions options;

    BatchRenderer(BatchFormatOptions options) {
        this.options = options;
    }

    /**
     * The text of a batch. A {@link Batch} has already checked every field when it was built (it cannot be
     * built otherwise), so the fields are not checked a second time; this format's own rules still are.
     */
    BatchText render(Batch batch) {
        return BatchText.of(write(batch.orders(), false));
    }

    /**
     * The text of orders that need not form a {@link Batch}. Every field is checked, so that an
     * unrepresentable field fails loudly instead of shifting the fields after it.
     */
    String renderOrders(List<? extends PaymentOrder> orders) {
        return write(orders, true);
    }

    private String write(List<? extends PaymentOrder> orders, boolean checkFields) {
        List<LineProblem> problems = new ArrayList<>();
        if (orders.size() > options.limits().maxRecords()) {
            problems.add(new LineProblem(options.limits().maxRecords() + 1, "line", "the batch has " + orders.size()
                    + " records, more than the limit of " + options.limits().maxRecords()));
        }
        int sample = Math.min(orders.size(), SAMPLE_LINES);
        StringBuilder text = new StringBuilder(Math.max(16, sample * FIRST_LINE_LENGTH));
        LineWriter writer = checkFields ? new CheckingLineWriter(text, problems) : new LineWriter(text);
        for (int i = 0; i < orders.size(); i++) {
            int line = i + 1;
            PaymentOrder order = orders.get(i);
            if (i == sample) {
                reserveForTheRest(text, i, orders.size());
            }
            if (i > 0) {
                text.append('\n');
            }
            checkImpliedCurrency(order, line, problems);
            writer.startLine(line);
            order.forEachField(writer);
        }
        if (!problems.isEmpty()) {
            throw new BatchValidationException(problems);
        }
        if (options.trailingNewline()) {
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * Reserves room for the whole text once, from the average length of the lines written so far plus an
     * eighth. A large batch is then neither copied repeatedly to grow nor given twice the room it needs
     * (a 100 000-line batch is some 20 MB of UTF-16). Longer lines later on only mean the buffer grows as
     * usual.
     */
    private static void reserveForTheRest(StringBuilder text, int written, int total) {
        long perLine = text.length() / written + 1;
        long estimate = text.length() + perLine * (total - written) * 9 / 8 + 16;
        text.ensureCapacity((int) Math.min(estimate, Integer.MAX_VALUE - 16));
    }

    /**
     * A line without a currency field (BRBANK's) is read back in this format's currency for such lines; writing
     * an amount in another currency would change it silently on reading back.
     */
    private void checkImpliedCurrency(PaymentOrder order, int line, List<LineProblem> problems) {
        if (!order.amount().currency().equals(options.brBankCurrency()) && !order.opcode().lineLayout().carriesCurrency()) {
            String opcode = order.opcode().name();
            problems.add(new LineProblem(line, "amount", opcode + " lines carry no currency; this format writes "
                    + opcode + " amounts in " + options.brBankCurrency() + " but the order is in "
                    + order.amount().currency()));
        }
    }

    /** Appends the fields of one line as the order passes them, {@code ;} between them. */
    private static class LineWriter implements FieldSink {

        private final StringBuilder text;
        private boolean first;
        int line;

        LineWriter(StringBuilder text) {
            this.text = text;
        }

        final void startLine(int line) {
            this.line = line;
            this.first = true;
        }

        @Override
        public void field(String name, String value) {
            if (!first) {
                text.append(';');
            }
            first = false;
            text.append(value);
        }
    }

    /** A {@link LineWriter} for orders that are not a {@link Batch}: each field is checked before it is written. */
    private static final class CheckingLineWriter extends LineWriter {

        private final List<LineProblem> problems;

        CheckingLineWriter(StringBuilder text, List<LineProblem> problems) {
            super(text);
            this.problems = problems;
        }

        @Override
        public void field(String name, String value) {
            Optional<String> problem = FieldText.problem(value);
            if (problem.isPresent()) {
                problems.add(new LineProblem(line, name, problem.get()));
            }
            super.field(name, value);
        }
    }
}
