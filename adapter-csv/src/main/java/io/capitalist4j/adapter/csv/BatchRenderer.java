package io.capitalist4j.adapter.csv;

import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.BatchValidationException;
import io.capitalist4j.domain.batch.FieldText;
import io.capitalist4j.domain.batch.LineProblem;
import io.capitalist4j.domain.payment.BrBankPayout;
import io.capitalist4j.domain.payment.Field;
import io.capitalist4j.domain.payment.PaymentOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes orders as batch lines. Fields go out exactly as {@code fields()} gives them: nothing is quoted,
 * escaped, trimmed or reformatted, because the signature is computed over these bytes and the server
 * reads them as they are.
 */
final class BatchRenderer {

    /** A typical line is 50 to 120 characters; presizing once avoids repeated copying on large batches. */
    private static final int EXPECTED_LINE_LENGTH = 96;

    private final BatchFormatOptions options;

    BatchRenderer(BatchFormatOptions options) {
        this.options = options;
    }

    BatchText render(Batch batch) {
        return BatchText.of(renderOrders(batch.orders()));
    }

    /**
     * The text of the orders. A {@link Batch} already guarantees every field can be written; the check here
     * is a second line of defence so that an unrepresentable field fails loudly instead of shifting fields.
     */
    String renderOrders(List<? extends PaymentOrder> orders) {
        List<LineProblem> problems = new ArrayList<>();
        if (orders.size() > options.limits().maxRecords()) {
            problems.add(new LineProblem(options.limits().maxRecords() + 1, "line", "the batch has " + orders.size()
                    + " records, more than the limit of " + options.limits().maxRecords()));
        }
        StringBuilder text = new StringBuilder(Math.max(16, orders.size() * EXPECTED_LINE_LENGTH));
        for (int i = 0; i < orders.size(); i++) {
            int line = i + 1;
            PaymentOrder order = orders.get(i);
            if (i > 0) {
                text.append('\n');
            }
            checkBrBankCurrency(order, line, problems);
            List<Field> fields = order.fields();
            for (int f = 0; f < fields.size(); f++) {
                Field field = fields.get(f);
                Optional<String> problem = FieldText.problem(field.value());
                if (problem.isPresent()) {
                    problems.add(new LineProblem(line, field.name(), problem.get()));
                }
                if (f > 0) {
                    text.append(';');
                }
                text.append(field.value());
            }
        }
        if (!problems.isEmpty()) {
            throw new BatchValidationException(problems);
        }
        if (options.trailingNewline()) {
            text.append('\n');
        }
        return text.toString();
    }

    /** A BRBANK line has no currency field; writing another currency would change it silently on reading back. */
    private void checkBrBankCurrency(PaymentOrder order, int line, List<LineProblem> problems) {
        if (order instanceof BrBankPayout && !order.amount().currency().equals(options.brBankCurrency())) {
            problems.add(new LineProblem(line, "amount", "BRBANK lines carry no currency; this format writes "
                    + "BRBANK amounts in " + options.brBankCurrency() + " but the order is in "
                    + order.amount().currency()));
        }
    }
}
