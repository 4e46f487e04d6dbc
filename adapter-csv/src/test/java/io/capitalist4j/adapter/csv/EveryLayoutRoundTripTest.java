package io.capitalist4j.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.capitalist4j.application.port.out.BatchFormatPort;
import io.capitalist4j.application.port.out.ParsedBatch;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.payment.Field;
import io.capitalist4j.domain.payment.FieldSpec;
import io.capitalist4j.domain.payment.LineLayout;
import io.capitalist4j.domain.payment.Opcode;
import io.capitalist4j.domain.payment.PaymentOrder;
import io.capitalist4j.domain.payment.PaymentOrders;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every opcode, through its own layout: generated orders are written and read back as themselves, and the
 * fields they write are the layout's fields, in the layout's order.
 */
class EveryLayoutRoundTripTest {

    private static final BatchFormatPort FORMAT = CsvCodecs.batchFormat();

    @Test
    void everyOpcodesOrdersAreReadBackAsThemselvesFromTheirFields() {
        for (Opcode opcode : Opcode.values()) {
            qt().withExamples(100).forAll(OrderGenerators.order(opcode, "1")).checkAssert(order -> {
                List<String> values = order.fields().stream().map(Field::value).toList();

                assertThat(PaymentOrders.fromFields(values, OrderGenerators.BRBANK_CURRENCY)).as(opcode.name())
                        .isEqualTo(order);
            });
        }
    }

    @Test
    void everyOpcodesOrdersAreParsedBackFromTheRenderedBatchText() {
        for (Opcode opcode : Opcode.values()) {
            qt().withExamples(50).forAll(OrderGenerators.order(opcode, "1")).checkAssert(order -> {
                String text = FORMAT.render(Batch.of(List.of(order))).text();
                ParsedBatch parsed = FORMAT.parse(text);

                assertThat(parsed.problems()).as(text).isEmpty();
                assertThat(parsed.orders()).hasSize(1);
                assertThat(parsed.orders().get(0).order()).as(text).isEqualTo(order);
            });
        }
    }

    @Test
    void everyOpcodesFieldsAreNamedAndOrderedAsItsLayoutSays() {
        for (Opcode opcode : Opcode.values()) {
            LineLayout<?> layout = opcode.lineLayout();
            List<String> all = layout.names();
            long omissible = layout.fields().stream()
                    .filter(f -> f.presence() == FieldSpec.Presence.MAY_BE_OMITTED).count();
            qt().withExamples(50).forAll(OrderGenerators.order(opcode, "1")).checkAssert(order -> {
                List<String> names = order.fields().stream().map(Field::name).toList();

                assertThat(order.getClass()).isEqualTo(layout.recordType());
                assertThat(names.size()).as(opcode.name()).isIn(all.size(), all.size() - (int) omissible);
                assertThat(names).as(opcode.name()).isEqualTo(all.subList(0, names.size()));
            });
        }
    }

    @Test
    void everyLayoutWithFieldsThatMayBeLeftOffIsGeneratedWithAndWithoutThem() {
        for (Opcode opcode : Opcode.values()) {
            LineLayout<?> layout = opcode.lineLayout();
            if (layout.expectedFieldCount().contains(" or ")) {
                Set<Integer> sizes = new HashSet<>();
                qt().withExamples(100).forAll(OrderGenerators.order(opcode, "1"))
                        .checkAssert((PaymentOrder order) -> sizes.add(order.fields().size()));
                assertThat(sizes).as(opcode.name()).hasSize(2);
            }
        }
    }
}
