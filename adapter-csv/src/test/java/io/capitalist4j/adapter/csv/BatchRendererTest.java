package io.capitalist4j.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.capitalist4j.application.port.out.BatchFormatPort;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchLimits;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.BatchValidationException;
import io.capitalist4j.domain.batch.LineProblem;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.BrBankPayout;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import io.capitalist4j.domain.payment.PaymentOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchRendererTest {

    private static final BatchFormatPort FORMAT = CsvCodecs.batchFormat();

    private static CapitalistTransfer transfer(String number, String description) {
        return new CapitalistTransfer(AccountNumber.of("R0000000"), Money.of("10", Currency.RUR), number, description);
    }

    @Test
    void writesOneLinePerOrderJoinedByNewlineWithoutATrailingNewline() {
        BatchText text = FORMAT.render(Batch.of(List.of(transfer("1", "Payout"), transfer("2", "Выплата"))));

        assertThat(text.text()).isEqualTo("CAPITALIST;R0000000;10.00;RUR;1;Payout\nCAPITALIST;R0000000;10.00;RUR;2;Выплата");
        assertThat(text.utf8()).isEqualTo(text.text().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void endsWithOneNewlineWhenConfigured() {
        BatchFormatPort trailing = CsvCodecs.batchFormat(BatchFormatOptions.defaults().withTrailingNewline(true));

        assertThat(trailing.render(Batch.of(List.of(transfer("1", "Payout")))).text())
                .isEqualTo("CAPITALIST;R0000000;10.00;RUR;1;Payout\n");
    }

    @Test
    void neverTrimsQuotesOrEscapesAField() {
        String description = "  \"quoted\", 'single' \\ back\\slash  ";
        BatchText text = FORMAT.render(Batch.of(List.of(transfer("\"1\"", description))));

        assertThat(text.text()).isEqualTo("CAPITALIST;R0000000;10.00;RUR;\"1\";" + description);
    }

    @Test
    void refusesToWriteAFieldWithASeparatorOrControlCharacterEvenWithoutABatch() {
        BatchRenderer renderer = new BatchRenderer(BatchFormatOptions.defaults());
        List<PaymentOrder> orders = List.of(transfer("1", "fine"), transfer("2", "a;b"), transfer("3\n", "c\u0000"));

        BatchValidationException e = catchThrowableOfType(BatchValidationException.class, () -> renderer.renderOrders(orders));

        assertThat(e.problems()).extracting(LineProblem::line, LineProblem::field).containsExactly(
                tuple(2, "description"), tuple(3, "paymentNumber"), tuple(3, "description"));
    }

    @Test
    void refusesABrBankOrderInAnotherCurrencyThanTheFormatWrites() {
        Batch batch = Batch.of(List.of(BrBankPayout.pix("06971135800", "John Smith", "j.smith@example.com",
                Money.of("1", Currency.EUR), "1", "Payout")));

        BatchValidationException e = catchThrowableOfType(BatchValidationException.class, () -> FORMAT.render(batch));

        assertThat(e.problems()).extracting(LineProblem::line, LineProblem::field).containsExactly(tuple(1, "amount"));
        assertThat(e.problems().get(0).reason()).contains("EUR").contains("USD");
        assertThat(CsvCodecs.batchFormat(BatchFormatOptions.defaults().withBrBankCurrency(Currency.EUR)).render(batch)
                .text()).isEqualTo("BRBANK;06971135800;PIX;John Smith;j.smith@example.com;1.00;1;Payout");
    }

    @Test
    void refusesMoreRecordsThanTheFormatsLimit() {
        Batch three = Batch.of(List.of(transfer("1", "a"), transfer("2", "b"), transfer("3", "c")));
        BatchFormatPort two = CsvCodecs.batchFormat(BatchFormatOptions.defaults().withLimits(new BatchLimits(2)));

        BatchValidationException e = catchThrowableOfType(BatchValidationException.class, () -> two.render(three));

        assertThat(e.problems()).extracting(LineProblem::line, LineProblem::field).containsExactly(tuple(3, "line"));
    }

    @Test
    void writesAHundredThousandRecords() {
        List<PaymentOrder> orders = new ArrayList<>(100_000);
        for (int i = 1; i <= 100_000; i++) {
            orders.add(transfer(Integer.toString(i), "Выплата"));
        }
        Batch batch = Batch.of(orders, new BatchLimits(100_000));
        BatchFormatPort large = CsvCodecs.batchFormat(BatchFormatOptions.defaults().withLimits(new BatchLimits(100_000)));

        String text = large.render(batch).text();

        assertThat(text).startsWith("CAPITALIST;R0000000;10.00;RUR;1;Выплата\n")
                .endsWith("\nCAPITALIST;R0000000;10.00;RUR;100000;Выплата");
        assertThat(text.chars().filter(c -> c == '\n').count()).isEqualTo(99_999);
    }
}
