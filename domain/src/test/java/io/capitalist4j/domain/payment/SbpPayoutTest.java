package io.capitalist4j.domain.payment;

import static io.capitalist4j.domain.Fixtures.rur;
import static io.capitalist4j.domain.Fixtures.usd;
import static io.capitalist4j.domain.payment.OrderAssertions.line;
import static io.capitalist4j.domain.payment.OrderAssertions.names;
import static io.capitalist4j.domain.payment.OrderAssertions.rejectsField;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.domain.money.Money;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SbpPayoutTest {

    private static SbpPayout payout(String phone, Money amount) {
        return new SbpPayout(phone, amount, SbpBank.SBERBANK, "Ivan", "Ivanov", "ivan@example.com", "9999", "Payout");
    }

    @Test
    void putsTheExtraFieldsBeforeThePaymentNumber() {
        SbpPayout order = payout("79030001122", rur("500.00"));

        assertThat(line(order)).isEqualTo("SBP;79030001122;500.00;RUR;Sberbank;Ivan;Ivanov;ivan@example.com;9999;Payout");
        assertThat(names(order)).containsExactly("opcode", "phone", "amount", "currency", "bank", "firstName",
                "lastName", "email", "paymentNumber", "description");
    }

    @ParameterizedTest
    @ValueSource(strings = {"500", "500.00", "1000", "149999.99", "150000.00"})
    void acceptsRurAmountsFromFiveHundredToOneHundredFiftyThousand(String amount) {
        assertThat(payout("79030001122", rur(amount)).amount()).isEqualTo(rur(amount));
    }

    @ParameterizedTest
    @ValueSource(strings = {"100.00", "499.99", "150000.01", "200000"})
    void rejectsRurAmountsOutsideTheLimits(String amount) {
        InvalidFieldException e = rejectsField("amount", () -> payout("79030001122", rur(amount)));
        assertThat(e.reason()).contains("500").contains("150000");
    }

    @Test
    void leavesOtherCurrenciesToTheServer() {
        assertThat(payout("79030001122", usd("10.00")).amount()).isEqualTo(usd("10"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+79030001122", "903000112", "7903000112233445", "7 903 000 11 22", "7903000112a", ""})
    void rejectsAPhoneThatIsNotTenToFifteenDigits(String phone) {
        rejectsField("phone", () -> payout(phone, rur("500")));
    }

    @Test
    void theBankCodesAreThoseOfTheBatchFormat() {
        Map<String, SbpBank> expected = Map.ofEntries(Map.entry("Sberbank", SbpBank.SBERBANK), Map.entry("VTB", SbpBank.VTB),
                Map.entry("AlfaBank", SbpBank.ALFA_BANK), Map.entry("Tinkoff", SbpBank.TINKOFF),
                Map.entry("Raiffeisen", SbpBank.RAIFFEISEN), Map.entry("SKB", SbpBank.SOVCOMBANK),
                Map.entry("RSHB", SbpBank.ROSSELKHOZBANK), Map.entry("RB", SbpBank.ROSBANK),
                Map.entry("PSB", SbpBank.PROMSVYAZBANK), Map.entry("OTK", SbpBank.OTKRITIE),
                Map.entry("GPB", SbpBank.GAZPROMBANK));

        expected.forEach((code, bank) -> {
            assertThat(SbpBank.ofCode(code)).contains(bank);
            assertThat(bank.code()).isEqualTo(code);
        });
        assertThat(SbpBank.values()).hasSize(expected.size());
        assertThat(SbpBank.ofCode("GBP")).isEmpty();
        assertThat(SbpBank.ofCode("sberbank")).isEmpty();
        assertThat(Arrays.stream(SbpBank.values()).map(SbpBank::code).distinct().count()).isEqualTo(expected.size());
    }

    @Test
    void requiresEveryField() {
        rejectsField("bank", () -> new SbpPayout("79030001122", rur("500"), null, "I", "I", "i@e.com", "1", "d"));
        rejectsField("firstName", () -> new SbpPayout("79030001122", rur("500"), SbpBank.VTB, "", "I", "i@e.com", "1", "d"));
        rejectsField("lastName", () -> new SbpPayout("79030001122", rur("500"), SbpBank.VTB, "I", " ", "i@e.com", "1", "d"));
        rejectsField("email", () -> new SbpPayout("79030001122", rur("500"), SbpBank.VTB, "I", "I", "ivan", "1", "d"));
        rejectsField("email", () -> new SbpPayout("79030001122", rur("500"), SbpBank.VTB, "I", "I", "", "1", "d"));
        rejectsField("paymentNumber", () -> new SbpPayout("79030001122", rur("500"), SbpBank.VTB, "I", "I", "i@e.com", "", "d"));
        rejectsField("description", () -> new SbpPayout("79030001122", rur("500"), SbpBank.VTB, "I", "I", "i@e.com", "1", ""));
    }
}
