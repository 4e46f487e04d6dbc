package io.capitalist4j.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.application.port.out.BatchFormatPort;
import io.capitalist4j.application.port.out.ParsedBatch;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchLimits;
import io.capitalist4j.domain.batch.LineProblem;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.payment.Opcode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example lines of the batch-format reference (§7.2, §7.3) read and write back byte for byte. The
 * reference's example card 4276380079956881 fails the Luhn check, so these use 4276380079956889.
 */
class ReferenceLayoutsTest {

    private static final BatchFormatPort FORMAT = CsvCodecs.batchFormat();

    @ParameterizedTest
    @ValueSource(strings = {
        "CAPITALIST;R0000000;10.00;RUR;9999;Payout",
        "RUCARD;4276380079956889;100.00;RUR;9999;Payout;Firstname;Lastname",
        "RUCARDP2P_DYN;4276380079956889;1000.00;RUR;9999;Payout",
        "SBP;79030001122;500.00;RUR;Sberbank;Ivan;Ivanov;ivan@example.com;9999;Payout",
        "UKRCARD;4276380079956889;10.00;USD;9999;Payout",
        "KZCARD;4276380079956889;10.00;USD;9999;Payout",
        "WM;R555511198765;51.21;RUR;1009;Payout PIN",
        "WM;Z112224443331;1.10;USD;1003;Payout 2",
        "WM;Z112224443331;1.10;USD;1003;Payout 2;код;30",
        "WORLDCARD;5555555555554444;25.00;USD;9999;Payout;Ivan;Ivanov;1985-03-07;Lenina 1;KZ;Almaty;03;2030",
        "SNGCARD;5555555555554444;25.00;USD;9999;Выплата;Иван;Иванов;1985-03-07;ул. Ленина, 1;KZ;Алматы;12;2031",
        "WORLDCARDEUR;5555555555554444;25.00;EUR;9999;Payout;Ivan;Ivanov;;;;;03;2030",
        "WORLDCARDUSD;5555555555554444;25.00;USD;9999;Payout;Ivan;Ivanov;;;;;03;2030",
        "YANDEX;410011234567890;10.00;RUR;9999;Payout",
        "QIWI;79030001122;10.00;RUR;9999;Payout",
        "MEGAFON;79260001122;10.00;RUR;9999;Payout",
        "BEELINE;79030001122;10.00;RUR;9999;Payout",
        "MTS;79160001122;10.00;RUR;9999;Payout",
        "TELE2;79520001122;10.00;RUR;9999;Payout",
        "UNIONPAY;6250941006528599;10.00;USD;9999;Payout",
        "UZCARD;8600123456789012;10.00;USD;9999;Payout",
        "BITCOIN;bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh;0.00150000;BTC;9999;Payout",
        "ETH;0x52908400098527886E0F7030069857D2E4169EE7;0.12345678;ETH;9999;Payout",
        "USDTERC20;0x52908400098527886E0F7030069857D2E4169EE7;10.00;USDT;9999;Payout",
        "USDTTRC20;TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf;10.00;USDT;9999;Payout",
        "USDCERC20;0x52908400098527886E0F7030069857D2E4169EE7;10.00;USDC;9999;Payout",
        "BRBANK;06971135800;PIX;John Smith;j.smith@example.com;1.00;9999;Payout"})
    void aReferenceLineParsesAndRendersBackIdentically(String line) {
        ParsedBatch parsed = FORMAT.parse(line);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.orders()).hasSize(1);
        assertThat(parsed.orders().get(0).line()).isEqualTo(1);
        assertThat(parsed.orders().get(0).order().opcode().name()).isEqualTo(line.substring(0, line.indexOf(';')));
        assertThat(FORMAT.render(parsed.toBatch(BatchLimits.DEFAULT)).text()).isEqualTo(line);
    }

    @Test
    void theExamplesCoverEveryOpcode() throws NoSuchMethodException {
        ValueSource source = getClass().getDeclaredMethod("aReferenceLineParsesAndRendersBackIdentically", String.class)
                .getAnnotation(ValueSource.class);
        List<String> opcodes = List.of(source.strings()).stream().map(l -> l.substring(0, l.indexOf(';'))).toList();

        for (Opcode opcode : Opcode.values()) {
            assertThat(opcodes).as("an example line for " + opcode).contains(opcode.name());
        }
    }

    @Test
    void theReferenceExampleCardIsRejectedBecauseItFailsTheLuhnCheck() {
        ParsedBatch parsed = FORMAT.parse("RUCARD;4276380079956881;100.00;RUR;9999;Payout;Firstname;Lastname");

        assertThat(parsed.orders()).isEmpty();
        assertThat(parsed.problems()).extracting(LineProblem::line, LineProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "card"));
        assertThat(parsed.problems().get(0).reason()).contains("Luhn").doesNotContain("4276380079956881");
    }

    @Test
    void theReferenceSbpExampleIsBelowItsOwnMinimum() {
        ParsedBatch parsed = FORMAT.parse("SBP;79030001122;100.00;RUR;Sberbank;Ivan;Ivanov;ivan@example.com;9999;Payout");

        assertThat(parsed.problems()).extracting(LineProblem::field).containsExactly("amount");
    }

    @Test
    void amountsWrittenWithFewerDecimalsAreReadAtTheCurrencyScale() {
        ParsedBatch parsed = FORMAT.parse("WM;Z112224443331;1.1;USD;1003;Payout 2\nCAPITALIST;R0000000;50;RUR;1;x");
        Batch batch = parsed.toBatch(BatchLimits.DEFAULT);

        assertThat(batch.line(1).amount().toWire()).isEqualTo("1.10");
        assertThat(batch.line(2).amount().toWire()).isEqualTo("50.00");
        assertThat(FORMAT.render(batch).text()).isEqualTo("WM;Z112224443331;1.10;USD;1003;Payout 2\nCAPITALIST;R0000000;50.00;RUR;1;x");
    }

    @Test
    void aBrBankLineTakesTheCurrencyFromTheOptions() {
        BatchFormatPort eur = CsvCodecs.batchFormat(BatchFormatOptions.defaults().withBrBankCurrency(Currency.EUR));
        String line = "BRBANK;06971135800;PIX;John Smith;j.smith@example.com;1.00;9999;Payout";

        assertThat(FORMAT.parse(line).orders().get(0).order().amount().currency()).isEqualTo(Currency.USD);
        Batch inEuro = eur.parse(line).toBatch(BatchLimits.DEFAULT);
        assertThat(inEuro.line(1).amount().currency()).isEqualTo(Currency.EUR);
        assertThat(eur.render(inEuro).text()).isEqualTo(line);
    }
}
