package io.capitalist4j.domain.payment;

import static io.capitalist4j.domain.payment.OrderAssertions.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.domain.Fixtures;
import io.capitalist4j.domain.money.Currency;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LineLayoutTest {

    @ParameterizedTest
    @EnumSource(Opcode.class)
    void theExampleOfEveryOpcodeWritesItsLayoutsFieldsInOrderAndIsReadBackAsItself(Opcode opcode) {
        PaymentOrder order = Fixtures.example(opcode, "7");
        LineLayout<?> layout = opcode.lineLayout();
        List<String> values = order.fields().stream().map(Field::value).toList();

        assertThat(names(order)).isEqualTo(layout.names());
        assertThat(order).isInstanceOf(layout.recordType());
        assertThat(PaymentOrders.fromFields(values, Currency.USD)).isEqualTo(order);
    }

    @Test
    void everyPermittedOrderRecordHasTheLayoutOfItsOpcodesAndEveryLayoutItsOwnRecord() {
        Set<Class<?>> permitted = Set.of(PaymentOrder.class.getPermittedSubclasses());
        Set<Class<?>> laidOut = Arrays.stream(Opcode.Layout.values()).map(l -> l.lineLayout().recordType())
                .collect(Collectors.toSet());

        assertThat(laidOut).isEqualTo(permitted).hasSize(Opcode.Layout.values().length);
        for (Opcode opcode : Opcode.values()) {
            assertThat(Fixtures.example(opcode, "1").getClass()).as(opcode.name())
                    .isEqualTo(opcode.lineLayout().recordType());
        }
    }

    @Test
    void describesEachFieldsKindPresenceAndLimits() {
        LineLayout<?> sbp = Opcode.SBP.lineLayout();
        assertThat(sbp.fields()).extracting(FieldSpec::kind).containsExactly(FieldKind.OPCODE, FieldKind.PHONE,
                FieldKind.AMOUNT, FieldKind.CURRENCY, FieldKind.BANK_ID, FieldKind.TEXT, FieldKind.TEXT,
                FieldKind.EMAIL, FieldKind.TEXT, FieldKind.TEXT);
        assertThat(sbp.field("phone").limits().minLength()).isEqualTo(10);
        assertThat(sbp.field("phone").limits().maxLength()).isEqualTo(15);
        assertThat(sbp.field("amount").limits().min()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("500"));
        assertThat(sbp.field("amount").limits().max()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("150000"));

        LineLayout<?> webMoney = Opcode.WM.lineLayout();
        assertThat(webMoney.field("protectionCode").presence()).isEqualTo(FieldSpec.Presence.MAY_BE_OMITTED);
        assertThat(webMoney.field("protectionPeriodDays").presence()).isEqualTo(FieldSpec.Presence.MAY_BE_OMITTED);
        assertThat(webMoney.field("purse").presence()).isEqualTo(FieldSpec.Presence.REQUIRED);

        FieldSpec birthDate = Opcode.WORLDCARDEUR.lineLayout().field("birthDate");
        assertThat(birthDate.presence()).isEqualTo(FieldSpec.Presence.MAY_BE_EMPTY);
        assertThat(birthDate.requiredFor()).containsExactlyInAnyOrder(Opcode.WORLDCARD, Opcode.SNGCARD);
        assertThat(birthDate.mayBeEmptyFor(Opcode.WORLDCARDEUR)).isTrue();
        assertThat(birthDate.mayBeEmptyFor(Opcode.SNGCARD)).isFalse();
    }

    @Test
    void onlyTheBrBankLayoutLeavesTheCurrencyToTheReader() {
        for (Opcode.Layout layout : Opcode.Layout.values()) {
            assertThat(layout.lineLayout().carriesCurrency()).as(layout.name()).isEqualTo(layout != Opcode.Layout.BRBANK);
        }
    }

    @Test
    void namesAFieldByItsOpcodesLayoutOrByItsPosition() {
        assertThat(LineLayout.nameAt(Optional.of(Opcode.SBP), 4)).isEqualTo("bank");
        assertThat(LineLayout.nameAt(Optional.of(Opcode.CAPITALIST), 6)).isEqualTo("field 7");
        assertThat(LineLayout.nameAt(Optional.empty(), 0)).isEqualTo("opcode");
        assertThat(LineLayout.nameAt(Optional.empty(), 2)).isEqualTo("field 3");
        assertThatThrownBy(() -> Opcode.SBP.lineLayout().field("cpf")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SbpPayout has no field cpf");
    }

    @Test
    void aLineOfAnotherLengthIsRefusedWithTheCountTheLayoutTakes() {
        InvalidFieldException e = OrderAssertions.rejectsField("line", () -> PaymentOrders.fromFields(
                List.of("SBP", "79030001122", "500.00", "RUR"), Currency.USD));

        assertThat(e.reason()).isEqualTo("SBP takes 10 fields, found 4");
    }

    @Test
    void aRecordThatChecksTheWrongNumberOfComponentsIsABugNotABadValue() {
        assertThatThrownBy(() -> SbpPayout.LAYOUT.check("79030001122")).isInstanceOf(IllegalStateException.class)
                .hasMessage("SbpPayout checks 1 of its 8 components");
    }
}
