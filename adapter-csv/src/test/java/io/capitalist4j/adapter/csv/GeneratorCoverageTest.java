package io.capitalist4j.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.capitalist4j.domain.payment.Field;
import io.capitalist4j.domain.payment.LineLayout;
import io.capitalist4j.domain.payment.Opcode;
import io.capitalist4j.domain.payment.PaymentOrder;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A new opcode or order variant must break the build until the generators (and so the round-trip
 * properties) and the parser's field names cover it.
 */
class GeneratorCoverageTest {

    @Test
    void everyOpcodeHasAGeneratorThatProducesOrdersOfThatOpcode() {
        for (Opcode opcode : Opcode.values()) {
            qt().withExamples(20).forAll(OrderGenerators.order(opcode, "1"))
                    .checkAssert(order -> assertThat(order.opcode()).isEqualTo(opcode));
        }
    }

    @Test
    void theGeneratorsProduceEveryPermittedSubclassOfPaymentOrder() {
        Set<Class<?>> produced = new HashSet<>();
        for (Opcode opcode : Opcode.values()) {
            qt().withExamples(5).forAll(OrderGenerators.order(opcode, "1"))
                    .checkAssert(order -> produced.add(order.getClass()));
        }
        Set<Class<?>> permitted = Arrays.stream(PaymentOrder.class.getPermittedSubclasses()).collect(Collectors.toSet());

        assertThat(produced).containsExactlyInAnyOrderElementsOf(permitted);
    }

    @Test
    void theParsersFieldNamesAgreeWithTheOrdersOwnFieldNamesForEveryOpcode() {
        for (Opcode opcode : Opcode.values()) {
            qt().withExamples(20).forAll(OrderGenerators.order(opcode, "1")).checkAssert(order -> {
                List<String> names = order.fields().stream().map(Field::name).toList();
                List<String> layout = opcode.lineLayout().names();
                // WM without protection has the first six of its eight names
                assertThat(layout).startsWith(names.toArray(String[]::new));
                for (int i = 0; i < names.size(); i++) {
                    assertThat(LineLayout.nameAt(Optional.of(opcode), i)).isEqualTo(names.get(i));
                }
            });
        }
    }

    @Test
    void everyLayoutHasFieldNames() {
        for (Opcode.Layout layout : Opcode.Layout.values()) {
            assertThat(layout.lineLayout().names()).as(layout.name()).isNotEmpty().startsWith("opcode");
        }
    }

    @Test
    void generatedCardNumbersPassTheLuhnCheckAndHaveTwelveToNineteenDigits() {
        qt().withExamples(200).forAll(OrderGenerators.cards()).checkAssert(card -> {
            assertThat(card.digits()).matches("[0-9]{12,19}");
            assertThat(io.capitalist4j.domain.payment.CardNumber.luhn(card.digits())).isTrue();
        });
    }
}
