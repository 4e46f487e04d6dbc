package io.capitalist4j.domain.payment;

import static io.capitalist4j.domain.Fixtures.usd;
import static io.capitalist4j.domain.payment.OrderAssertions.line;
import static io.capitalist4j.domain.payment.OrderAssertions.rejectsField;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WalletPayoutTest {

    @Test
    void writesTheSixFieldLayoutWithTheRecipientAsGiven() {
        assertThat(line(new WalletPayout(Opcode.BITCOIN, "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
                Money.of("0.015", Currency.BTC), "42", "Payout")))
                .isEqualTo("BITCOIN;bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh;0.01500000;BTC;42;Payout");
        assertThat(line(new WalletPayout(Opcode.QIWI, "79030001122", Money.of("100", Currency.RUR), "1", "Выплата")))
                .isEqualTo("QIWI;79030001122;100.00;RUR;1;Выплата");
    }

    @ParameterizedTest
    @EnumSource(Opcode.class)
    void acceptsOnlyTheSixFieldWalletOpcodes(Opcode opcode) {
        if (opcode.layout() == Opcode.Layout.WALLET) {
            assertThat(new WalletPayout(opcode, "r", usd("1"), "1", "d").opcode()).isEqualTo(opcode);
        } else {
            rejectsField("opcode", () -> new WalletPayout(opcode, "r", usd("1"), "1", "d"));
        }
    }

    @Test
    void requiresEveryField() {
        rejectsField("opcode", () -> new WalletPayout(null, "r", usd("1"), "1", "d"));
        rejectsField("recipient", () -> new WalletPayout(Opcode.YANDEX, " ", usd("1"), "1", "d"));
        rejectsField("amount", () -> new WalletPayout(Opcode.YANDEX, "r", usd("0"), "1", "d"));
        rejectsField("paymentNumber", () -> new WalletPayout(Opcode.YANDEX, "r", usd("1"), "", "d"));
        rejectsField("description", () -> new WalletPayout(Opcode.YANDEX, "r", usd("1"), "1", ""));
    }
}
