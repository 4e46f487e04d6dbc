package io.capitalist4j.domain.payment;

import static io.capitalist4j.domain.Fixtures.rur;
import static io.capitalist4j.domain.Fixtures.usd;
import static io.capitalist4j.domain.payment.OrderAssertions.line;
import static io.capitalist4j.domain.payment.OrderAssertions.names;
import static io.capitalist4j.domain.payment.OrderAssertions.rejectsField;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebMoneyPayoutTest {

    @Test
    void writesSixFieldsWithoutProtection() {
        assertThat(line(WebMoneyPayout.of("R555511198765", rur("51.21"), "1009", "Payout PIN")))
                .isEqualTo("WM;R555511198765;51.21;RUR;1009;Payout PIN");
        assertThat(line(WebMoneyPayout.of("Z112224443331", usd("1.1"), "1003", "Payout 2")))
                .isEqualTo("WM;Z112224443331;1.10;USD;1003;Payout 2");
    }

    @Test
    void writesEightFieldsWithProtection() {
        WebMoneyPayout order = new WebMoneyPayout("Z112224443331", usd("5"), "1", "d", Optional.of("secret-word"),
                Optional.of(7));

        assertThat(line(order)).isEqualTo("WM;Z112224443331;5.00;USD;1;d;secret-word;7");
        assertThat(names(order)).endsWith("protectionCode", "protectionPeriodDays");
    }

    @Test
    void readsALineWhoseProtectionFieldsAreBothEmptyAsALineWithoutProtection() {
        PaymentOrder order = PaymentOrders.fromFields(java.util.List.of("WM", "Z112224443331", "1.10", "USD", "1003",
                "Payout 2", "", ""), io.capitalist4j.domain.money.Currency.RUR);

        assertThat(order).isEqualTo(WebMoneyPayout.of("Z112224443331", usd("1.10"), "1003", "Payout 2"));
        assertThat(line(order)).isEqualTo("WM;Z112224443331;1.10;USD;1003;Payout 2");
    }

    @Test
    void refusesALineWithOnlyOneOfTheProtectionFieldsEmpty() {
        rejectsField("protectionPeriodDays", () -> PaymentOrders.fromFields(java.util.List.of("WM", "Z112224443331",
                "1.10", "USD", "1003", "Payout 2", "code", ""), io.capitalist4j.domain.money.Currency.RUR));
    }

    @Test
    void protectionCodeAndPeriodGoTogether() {
        rejectsField("protectionPeriodDays", () -> new WebMoneyPayout("Z112224443331", usd("5"), "1", "d",
                Optional.of("code"), Optional.empty()));
        rejectsField("protectionPeriodDays", () -> new WebMoneyPayout("Z112224443331", usd("5"), "1", "d",
                Optional.empty(), Optional.of(3)));
        rejectsField("protectionCode", () -> new WebMoneyPayout("Z112224443331", usd("5"), "1", "d",
                Optional.of(" "), Optional.of(3)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 121, 365})
    void rejectsAProtectionPeriodOutsideOneToOneHundredTwentyDays(int days) {
        rejectsField("protectionPeriodDays", () -> new WebMoneyPayout("Z112224443331", usd("5"), "1", "d",
                Optional.of("code"), Optional.of(days)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Z11222444333", "Z1122244433311", "z112224443331", "112224443331Z", "ZZ12224443331", ""})
    void rejectsAPurseThatIsNotALetterAndTwelveDigits(String purse) {
        rejectsField("purse", () -> WebMoneyPayout.of(purse, usd("1"), "1", "d"));
    }

    @Test
    void requiresAmountNumberAndDescription() {
        rejectsField("amount", () -> WebMoneyPayout.of("Z112224443331", usd("0"), "1", "d"));
        rejectsField("paymentNumber", () -> WebMoneyPayout.of("Z112224443331", usd("1"), "", "d"));
        rejectsField("description", () -> WebMoneyPayout.of("Z112224443331", usd("1"), "1", ""));
    }
}
