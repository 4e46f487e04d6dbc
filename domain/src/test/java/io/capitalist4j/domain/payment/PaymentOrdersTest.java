package io.capitalist4j.domain.payment;

import static io.capitalist4j.domain.payment.OrderAssertions.line;
import static io.capitalist4j.domain.payment.OrderAssertions.rejectsField;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.domain.Fixtures;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentOrdersTest {

    private static PaymentOrder parse(String line) {
        return PaymentOrders.fromFields(Arrays.asList(line.split(";", -1)), Currency.USD);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CAPITALIST;R0000000;10.00;RUR;9999;Payout",
        "RUCARD;4276380079956889;100.00;RUR;9999;Payout;Firstname;Lastname",
        "RUCARDP2P_DYN;4276380079956889;1000.00;RUR;9999;Payout",
        "SBP;79030001122;500.00;RUR;Sberbank;Ivan;Ivanov;ivan@example.com;9999;Payout",
        "UKRCARD;4276380079956889;10.00;USD;9999;Payout",
        "KZCARD;4276380079956889;10.00;USD;9999;Payout",
        "WM;R555511198765;51.21;RUR;1009;Payout PIN",
        "WM;Z112224443331;1.10;USD;1003;Payout 2;code;30",
        "WORLDCARD;5555555555554444;25.00;USD;9999;Payout;Ivan;Ivanov;1985-03-07;Lenina 1;KZ;Almaty;03;2030",
        "SNGCARD;5555555555554444;25.00;USD;9999;Payout;Иван;Иванов;1985-03-07;ул. Ленина, 1;KZ;Алматы;12;2031",
        "WORLDCARDEUR;5555555555554444;25.00;EUR;9999;Payout;Ivan;Ivanov;;;;;03;2030",
        "WORLDCARDUSD;5555555555554444;25.00;USD;9999;Payout;Ivan;Ivanov;;;;;03;2030",
        "YANDEX;410011234567890;10.00;RUR;1;Payout",
        "USDTTRC20;TXYZabc123;10.00;USDT;1;Payout",
        "ETH;0xAbC;0.12345678;ETH;1;Payout",
        "BRBANK;06971135800;PIX;John Smith;j.smith@example.com;1.00;9999;Payout"})
    void isTheInverseOfFieldsForTheReferenceLayouts(String text) {
        PaymentOrder order = parse(text);

        assertThat(line(order)).isEqualTo(text);
        assertThat(order.opcode().name()).isEqualTo(text.substring(0, text.indexOf(';')));
    }

    @ParameterizedTest
    @EnumSource(Opcode.class)
    void readsBackTheFieldsOfAnExampleOfEveryOpcode(Opcode opcode) {
        PaymentOrder order = Fixtures.example(opcode, "7");
        List<String> values = order.fields().stream().map(Field::value).toList();

        assertThat(PaymentOrders.fromFields(values, Currency.USD)).isEqualTo(order);
    }

    @Test
    void takesTheBrBankCurrencyFromTheCaller() {
        PaymentOrder order = PaymentOrders.fromFields(
                List.of("BRBANK", "06971135800", "PIX", "J", "j@e.com", "1.5", "1", "d"), Currency.EUR);
        assertThat(order.amount()).isEqualTo(Money.of("1.50", Currency.EUR));
    }

    @Test
    void namesTheFieldOfEveryKindOfBadValue() {
        rejectsField("opcode", () -> PaymentOrders.fromFields(List.of(), Currency.USD));
        rejectsField("opcode", () -> parse(";R0000000;10.00;RUR;9999;Payout"));
        rejectsField("opcode", () -> parse("capitalist;R0000000;10.00;RUR;9999;Payout"));
        rejectsField("line", () -> parse("CAPITALIST;R0000000;10.00;RUR;9999"));
        rejectsField("line", () -> parse("CAPITALIST;R0000000;10.00;RUR;9999;Payout;"));
        rejectsField("line", () -> parse("WM;Z112224443331;1.10;USD;1003;Payout 2;code"));
        rejectsField("line", () -> parse("WM;Z112224443331"));
        rejectsField("account", () -> parse("CAPITALIST;R-1;10.00;RUR;9999;Payout"));
        rejectsField("amount", () -> parse("CAPITALIST;R0000000;10,00;RUR;9999;Payout"));
        rejectsField("amount", () -> parse("CAPITALIST;R0000000;10.001;RUR;9999;Payout"));
        rejectsField("amount", () -> parse("CAPITALIST;R0000000;0.00;RUR;9999;Payout"));
        rejectsField("currency", () -> parse("CAPITALIST;R0000000;10.00;rub;9999;Payout"));
        rejectsField("card", () -> parse("UKRCARD;" + Fixtures.FAILS_LUHN + ";10.00;USD;9999;Payout"));
        rejectsField("bank", () -> parse("SBP;79030001122;500.00;RUR;Sber;Ivan;Ivanov;ivan@example.com;9999;Payout"));
        rejectsField("protectionPeriodDays", () -> parse("WM;Z112224443331;1.10;USD;1003;P;code;x"));
        rejectsField("protectionPeriodDays", () -> parse("WM;Z112224443331;1.10;USD;1003;P;code;+5"));
        rejectsField("protectionPeriodDays", () -> parse("WM;Z112224443331;1.10;USD;1003;P;code;٥"));
        rejectsField("birthDate", () -> parse(
                "WORLDCARD;5555555555554444;25.00;USD;1;P;I;I;07.03.1985;A;KZ;C;03;2030"));
        rejectsField("expiryMonth", () -> parse(
                "WORLDCARDEUR;5555555555554444;25.00;EUR;1;P;I;I;;;;;3;2030"));
        rejectsField("expiryMonth", () -> parse(
                "WORLDCARDEUR;5555555555554444;25.00;EUR;1;P;I;I;;;;;13;2030"));
        rejectsField("expiryYear", () -> parse(
                "WORLDCARDEUR;5555555555554444;25.00;EUR;1;P;I;I;;;;;03;30"));
    }

    @Test
    void statesTheFieldCountOfEveryLayout() {
        assertThat(PaymentOrders.expectedFieldCount(Opcode.CAPITALIST)).isEqualTo("6");
        assertThat(PaymentOrders.expectedFieldCount(Opcode.RUCARD)).isEqualTo("8");
        assertThat(PaymentOrders.expectedFieldCount(Opcode.SBP)).isEqualTo("10");
        assertThat(PaymentOrders.expectedFieldCount(Opcode.WM)).isEqualTo("6 or 8");
        assertThat(PaymentOrders.expectedFieldCount(Opcode.WORLDCARDUSD)).isEqualTo("14");
        assertThat(PaymentOrders.expectedFieldCount(Opcode.BRBANK)).isEqualTo("8");
        for (Opcode opcode : Opcode.values()) {
            int count = Fixtures.example(opcode, "1").fields().size();
            assertThat(PaymentOrders.expectedFieldCount(opcode)).as(opcode.name()).contains(Integer.toString(count));
        }
    }

    @Test
    void everyOpcodeIsFoundByItsExactName() {
        for (Opcode opcode : Opcode.values()) {
            assertThat(Opcode.find(opcode.name())).contains(opcode);
        }
        assertThat(Opcode.find("wm")).isEmpty();
        assertThat(Opcode.find("")).isEmpty();
    }
}
