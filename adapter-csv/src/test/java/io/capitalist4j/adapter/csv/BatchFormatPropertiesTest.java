package io.capitalist4j.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.capitalist4j.application.port.out.BatchFormatPort;
import io.capitalist4j.application.port.out.ParsedBatch;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchLimits;
import io.capitalist4j.domain.batch.BatchValidationException;
import io.capitalist4j.domain.batch.LineProblem;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.Field;
import io.capitalist4j.domain.payment.InvalidFieldException;
import io.capitalist4j.domain.payment.PaymentOrder;
import io.capitalist4j.domain.payment.PaymentOrders;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class BatchFormatPropertiesTest {

    private static final BatchFormatPort FORMAT = CsvCodecs.batchFormat();

    /** Every character a field must not hold: the separator, line breaks, other controls, lone surrogates. */
    private static final List<String> FORBIDDEN = List.of(";", "\r", "\n", "\u0000", "\u0001", "\t", "\u000B",
            "\u000C", "\u001B", "\u001F", "\u007F", "\u0085", "\u009F", "\u2028", "\u2029", "\uD800", "\uDFFF");

    /** The forbidden characters that do not split a line or a field, so the parser can name the field. */
    private static final List<String> FORBIDDEN_INSIDE_A_FIELD = FORBIDDEN.subList(1, FORBIDDEN.size()).stream()
            .filter(c -> !c.equals("\n")).toList();

    @Test
    void parsingTheRenderedTextGivesBackTheSameBatch() {
        qt().withExamples(300).forAll(OrderGenerators.batches(1, 12)).checkAssert(batch -> {
            String text = FORMAT.render(batch).text();
            ParsedBatch parsed = FORMAT.parse(text);

            assertThat(parsed.problems()).isEmpty();
            assertThat(parsed.toBatch(BatchLimits.DEFAULT)).isEqualTo(batch);
            assertThat(parsed.toBatch(BatchLimits.DEFAULT).orders()).containsExactlyElementsOf(batch.orders());
        });
    }

    @Test
    void renderingTheParsedBatchGivesBackTheSameText() {
        qt().withExamples(200).forAll(OrderGenerators.batches(1, 12)).checkAssert(batch -> {
            String text = FORMAT.render(batch).text();

            assertThat(FORMAT.render(FORMAT.parse(text).toBatch(BatchLimits.DEFAULT)).text()).isEqualTo(text);
        });
    }

    @Test
    void theRoundTripHoldsWithATrailingNewlineCrlfAndABom() {
        BatchFormatPort trailing = CsvCodecs.batchFormat(BatchFormatOptions.defaults().withTrailingNewline(true));
        qt().withExamples(100).forAll(OrderGenerators.batches(1, 8)).checkAssert(batch -> {
            String text = trailing.render(batch).text();
            assertThat(text).endsWith("\n").doesNotEndWith("\n\n");

            assertThat(FORMAT.parse(text).toBatch(BatchLimits.DEFAULT)).isEqualTo(batch);
            assertThat(FORMAT.parse("\uFEFF" + text.replace("\n", "\r\n")).toBatch(BatchLimits.DEFAULT))
                    .isEqualTo(batch);
        });
    }

    @Test
    void amountsNeverChangeValueOrScale() {
        qt().withExamples(300).forAll(OrderGenerators.batches(1, 12)).checkAssert(batch -> {
            List<PaymentOrder> parsed = FORMAT.parse(FORMAT.render(batch).text()).toBatch(BatchLimits.DEFAULT).orders();
            for (int i = 0; i < batch.size(); i++) {
                Money before = batch.orders().get(i).amount();
                Money after = parsed.get(i).amount();
                assertThat(after.amount()).isEqualTo(before.amount()); // BigDecimal.equals compares the scale too
                assertThat(after.amount().scale()).isEqualTo(before.currency().scale());
                assertThat(after.currency()).isEqualTo(before.currency());
            }
        });
    }

    @Test
    void eachRenderedLineHoldsTheOrdersFieldsExactlyAsTheyAre() {
        qt().withExamples(200).forAll(OrderGenerators.batches(1, 12)).checkAssert(batch -> {
            String[] lines = FORMAT.render(batch).text().split("\n", -1);
            assertThat(lines).hasSize(batch.size());
            for (int i = 0; i < lines.length; i++) {
                List<String> values = batch.orders().get(i).fields().stream().map(Field::value).toList();
                assertThat(BatchParser.split(lines[i])).containsExactlyElementsOf(values);
                assertThat(lines[i]).isEqualTo(String.join(";", values));
            }
        });
    }

    @Test
    void totalsEqualTheSumOfTheOrdersPerCurrency() {
        qt().withExamples(300).forAll(OrderGenerators.batches(1, 20)).checkAssert(batch -> {
            Map<Currency, BigDecimal> expected = new HashMap<>();
            for (PaymentOrder order : batch.orders()) {
                expected.merge(order.amount().currency(), order.amount().amount(), BigDecimal::add);
            }
            Batch parsed = FORMAT.parse(FORMAT.render(batch).text()).toBatch(BatchLimits.DEFAULT);

            assertThat(batch.totals().keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
            expected.forEach((currency, sum) -> {
                Money total = batch.totals().get(currency);
                assertThat(total.amount()).isEqualByComparingTo(sum);
                assertThat(total.amount().scale()).isEqualTo(currency.scale());
            });
            assertThat(parsed.totals()).isEqualTo(batch.totals());
        });
    }

    @Test
    void aBatchWithAForbiddenCharacterInAnyFieldIsRejectedNamingThatLineAndField() {
        qt().withExamples(400).forAll(OrderGenerators.batches(1, 8), integers().between(0, 1000),
                integers().between(0, 1000), Generate.pick(FORBIDDEN)).checkAssert((batch, l, f, bad) -> {
                    int index = l % batch.size();
                    PaymentOrder victim = batch.orders().get(index);
                    int fieldIndex = f % victim.fields().size();
                    String fieldName = victim.fields().get(fieldIndex).name();
                    List<String> values = new ArrayList<>(victim.fields().stream().map(Field::value).toList());
                    values.set(fieldIndex, bad + values.get(fieldIndex));

                    PaymentOrder spoiled;
                    try {
                        spoiled = PaymentOrders.fromFields(values, OrderGenerators.BRBANK_CURRENCY);
                    } catch (InvalidFieldException e) {
                        // the order itself refuses the text (a card, an amount, a code): it names the field
                        assertThat(e.field()).isEqualTo(fieldName);
                        return;
                    }
                    List<PaymentOrder> orders = new ArrayList<>(batch.orders());
                    orders.set(index, spoiled);

                    BatchValidationException e = catchThrowableOfType(BatchValidationException.class,
                            () -> Batch.of(orders));
                    assertThat(e).isNotNull();
                    assertThat(e.problems()).extracting(LineProblem::line, LineProblem::field)
                            .contains(org.assertj.core.groups.Tuple.tuple(index + 1, fieldName));
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(index + 1));
                });
    }

    @Test
    void aTextWithAForbiddenCharacterInAnyFieldIsReportedWithThatLineAndField() {
        qt().withExamples(400).forAll(OrderGenerators.batches(1, 8), integers().between(0, 1000),
                integers().between(0, 1000), Generate.pick(FORBIDDEN_INSIDE_A_FIELD)).checkAssert((batch, l, f, bad) -> {
                    int index = l % batch.size();
                    List<Field> fields = batch.orders().get(index).fields();
                    int fieldIndex = f % fields.size();
                    String[] lines = FORMAT.render(batch).text().split("\n", -1);
                    List<String> values = new ArrayList<>(BatchParser.split(lines[index]));
                    values.set(fieldIndex, bad + values.get(fieldIndex));
                    lines[index] = String.join(";", values);

                    ParsedBatch parsed = FORMAT.parse(String.join("\n", lines));

                    assertThat(parsed.problems()).extracting(LineProblem::line, LineProblem::field)
                            .contains(org.assertj.core.groups.Tuple.tuple(index + 1, fields.get(fieldIndex).name()));
                    assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(index + 1));
                    assertThat(parsed.orders()).hasSize(batch.size() - 1)
                            .noneSatisfy(o -> assertThat(o.line()).isEqualTo(index + 1));
                });
    }

    @Test
    void aSeparatorInsideAFieldIsReportedAsAWrongFieldCountOnThatLine() {
        Gen<Integer> any = integers().between(0, 1000);
        qt().withExamples(200).forAll(OrderGenerators.batches(1, 8), any, any).checkAssert((batch, l, f) -> {
            int index = l % batch.size();
            String[] lines = FORMAT.render(batch).text().split("\n", -1);
            List<String> values = new ArrayList<>(BatchParser.split(lines[index]));
            int fieldIndex = 1 + f % (values.size() - 1);
            values.set(fieldIndex, "x;" + values.get(fieldIndex));
            lines[index] = String.join(";", values);

            ParsedBatch parsed = FORMAT.parse(String.join("\n", lines));

            assertThat(parsed.problems()).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.line()).isEqualTo(index + 1));
            assertThat(parsed.orders()).hasSize(batch.size() - 1);
        });
    }
}
