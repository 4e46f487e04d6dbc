package io.capitalist4j.domain.payment;

import static io.capitalist4j.domain.Fixtures.usd;
import static io.capitalist4j.domain.payment.OrderAssertions.line;
import static io.capitalist4j.domain.payment.OrderAssertions.names;
import static io.capitalist4j.domain.payment.OrderAssertions.rejectsField;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrBankPayoutTest {

    @Test
    void writesTheReferenceLayoutWithoutACurrencyField() {
        BrBankPayout order = BrBankPayout.pix("06971135800", "John Smith", "j.smith@example.com", usd("1.00"), "9999",
                "Payout");

        assertThat(line(order)).isEqualTo("BRBANK;06971135800;PIX;John Smith;j.smith@example.com;1.00;9999;Payout");
        assertThat(names(order)).containsExactly("opcode", "cpf", "method", "name", "email", "amount",
                "paymentNumber", "description");
        assertThat(order.beneficiary()).isEqualTo("06971135800");
        assertThat(order.method()).isEqualTo("PIX");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0697113580", "069711358000", "069.711.358-00", "0697113580a", ""})
    void rejectsACpfThatIsNotElevenDigits(String cpf) {
        rejectsField("cpf", () -> BrBankPayout.pix(cpf, "J", "j@e.com", usd("1"), "1", "d"));
    }

    @Test
    void requiresEveryField() {
        rejectsField("method", () -> new BrBankPayout("06971135800", "", "J", "j@e.com", usd("1"), "1", "d"));
        rejectsField("name", () -> BrBankPayout.pix("06971135800", " ", "j@e.com", usd("1"), "1", "d"));
        rejectsField("email", () -> BrBankPayout.pix("06971135800", "J", "j.smith", usd("1"), "1", "d"));
        rejectsField("amount", () -> BrBankPayout.pix("06971135800", "J", "j@e.com", usd("0"), "1", "d"));
        rejectsField("paymentNumber", () -> BrBankPayout.pix("06971135800", "J", "j@e.com", usd("1"), "", "d"));
        rejectsField("description", () -> BrBankPayout.pix("06971135800", "J", "j@e.com", usd("1"), "1", ""));
    }
}
