package io.capitalist4j.domain.payment;

import static io.capitalist4j.domain.Fixtures.rur;
import static io.capitalist4j.domain.Fixtures.usd;
import static io.capitalist4j.domain.payment.OrderAssertions.line;
import static io.capitalist4j.domain.payment.OrderAssertions.rejectsField;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.domain.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CardPayoutTest {

    private static final CardNumber CARD = CardNumber.of(Fixtures.CARD);

    @Test
    void writesTheSixFieldReferenceLayouts() {
        assertThat(line(new CardPayout(Opcode.RUCARDP2P_DYN, CARD, rur("1000.00"), "9999", "Payout")))
                .isEqualTo("RUCARDP2P_DYN;4276380079956889;1000.00;RUR;9999;Payout");
        assertThat(line(new CardPayout(Opcode.UKRCARD, CARD, usd("10.00"), "9999", "Payout")))
                .isEqualTo("UKRCARD;4276380079956889;10.00;USD;9999;Payout");
        assertThat(line(new CardPayout(Opcode.KZCARD, CARD, usd("10.00"), "9999", "Payout")))
                .isEqualTo("KZCARD;4276380079956889;10.00;USD;9999;Payout");
    }

    @ParameterizedTest
    @EnumSource(Opcode.class)
    void acceptsOnlyTheSixFieldCardOpcodes(Opcode opcode) {
        if (opcode.layout() == Opcode.Layout.CARD) {
            assertThat(new CardPayout(opcode, CARD, usd("1"), "1", "d").opcode()).isEqualTo(opcode);
        } else {
            rejectsField("opcode", () -> new CardPayout(opcode, CARD, usd("1"), "1", "d"));
        }
    }

    @Test
    void requiresEveryField() {
        rejectsField("opcode", () -> new CardPayout(null, CARD, usd("1"), "1", "d"));
        rejectsField("card", () -> new CardPayout(Opcode.UKRCARD, null, usd("1"), "1", "d"));
        rejectsField("amount", () -> new CardPayout(Opcode.UKRCARD, CARD, usd("0"), "1", "d"));
        rejectsField("paymentNumber", () -> new CardPayout(Opcode.UKRCARD, CARD, usd("1"), "", "d"));
        rejectsField("description", () -> new CardPayout(Opcode.UKRCARD, CARD, usd("1"), "1", ""));
    }
}
