package io.capitalist4j.domain.payment;

import static io.capitalist4j.domain.Fixtures.rur;
import static io.capitalist4j.domain.Fixtures.usd;
import static io.capitalist4j.domain.payment.OrderAssertions.line;
import static io.capitalist4j.domain.payment.OrderAssertions.names;
import static io.capitalist4j.domain.payment.OrderAssertions.rejectsField;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.domain.Fixtures;
import io.capitalist4j.domain.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuCardPayoutTest {

    private static final CardNumber CARD = CardNumber.of(Fixtures.CARD);

    private static RuCardPayout payout(Money amount) {
        return new RuCardPayout(CARD, amount, "9999", "Payout", "Firstname", "Lastname");
    }

    @Test
    void writesTheReferenceLayoutWithEightFields() {
        assertThat(line(payout(rur("100.00")))).isEqualTo("RUCARD;4276380079956889;100.00;RUR;9999;Payout;Firstname;Lastname");
        assertThat(names(payout(rur("100")))).containsExactly("opcode", "card", "amount", "currency", "paymentNumber",
                "description", "firstName", "lastName");
    }

    @ParameterizedTest
    @ValueSource(strings = {"100", "100.00", "100.01", "25000", "49999.99", "50000", "50000.00"})
    void acceptsRurAmountsFromOneHundredToFiftyThousand(String amount) {
        assertThat(payout(rur(amount)).amount()).isEqualTo(rur(amount));
    }

    @ParameterizedTest
    @ValueSource(strings = {"99.99", "1", "0.01", "50000.01", "150000"})
    void rejectsRurAmountsOutsideTheLimits(String amount) {
        InvalidFieldException e = rejectsField("amount", () -> payout(rur(amount)));
        assertThat(e.reason()).contains("100").contains("50000");
    }

    @Test
    void leavesTheLimitsOfOtherCurrenciesToTheServerWhichConvertsThem() {
        assertThat(payout(usd("1.00")).amount()).isEqualTo(usd("1"));
        assertThat(payout(usd("60000.00")).amount()).isEqualTo(usd("60000"));
    }

    @Test
    void requiresEveryField() {
        rejectsField("card", () -> new RuCardPayout(null, rur("100"), "1", "d", "f", "l"));
        rejectsField("amount", () -> new RuCardPayout(CARD, rur("0"), "1", "d", "f", "l"));
        rejectsField("paymentNumber", () -> new RuCardPayout(CARD, rur("100"), "", "d", "f", "l"));
        rejectsField("description", () -> new RuCardPayout(CARD, rur("100"), "1", " ", "f", "l"));
        rejectsField("firstName", () -> new RuCardPayout(CARD, rur("100"), "1", "d", "", "l"));
        rejectsField("lastName", () -> new RuCardPayout(CARD, rur("100"), "1", "d", "f", null));
    }
}
