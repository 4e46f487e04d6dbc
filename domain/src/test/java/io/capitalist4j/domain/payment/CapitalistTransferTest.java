package io.capitalist4j.domain.payment;

import static io.capitalist4j.domain.Fixtures.rur;
import static io.capitalist4j.domain.Fixtures.usd;
import static io.capitalist4j.domain.payment.OrderAssertions.line;
import static io.capitalist4j.domain.payment.OrderAssertions.names;
import static io.capitalist4j.domain.payment.OrderAssertions.rejectsField;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import org.junit.jupiter.api.Test;

class CapitalistTransferTest {

    private static final AccountNumber R = AccountNumber.of("R0000000");

    @Test
    void writesTheReferenceLayout() {
        CapitalistTransfer order = new CapitalistTransfer(R, rur("10.00"), "9999", "Payout");

        assertThat(line(order)).isEqualTo("CAPITALIST;R0000000;10.00;RUR;9999;Payout");
        assertThat(names(order)).containsExactly("opcode", "account", "amount", "currency", "paymentNumber", "description");
        assertThat(order.opcode()).isEqualTo(Opcode.CAPITALIST);
        assertThat(order.beneficiary()).isEqualTo("R0000000");
    }

    @Test
    void rejectsAnAmountInAnotherCurrencyThanTheAccountHolds() {
        InvalidFieldException e = rejectsField("currency", () -> new CapitalistTransfer(R, usd("10.00"), "1", "x"));
        assertThat(e.reason()).contains("RUR").contains("USD");
    }

    @Test
    void acceptsAnyCurrencyForAnAccountPrefixWeDoNotKnow() {
        CapitalistTransfer order = new CapitalistTransfer(AccountNumber.of("X1"), Money.of("1", Currency.of("GBP")), "1", "x");
        assertThat(order.amount().currency().code()).isEqualTo("GBP");
    }

    @Test
    void rejectsZeroNegativeAndMissingValuesNamingTheField() {
        rejectsField("amount", () -> new CapitalistTransfer(R, rur("0"), "1", "x"));
        rejectsField("amount", () -> new CapitalistTransfer(R, rur("-5"), "1", "x"));
        rejectsField("amount", () -> new CapitalistTransfer(R, null, "1", "x"));
        rejectsField("account", () -> new CapitalistTransfer(null, rur("1"), "1", "x"));
        rejectsField("paymentNumber", () -> new CapitalistTransfer(R, rur("1"), " ", "x"));
        rejectsField("description", () -> new CapitalistTransfer(R, rur("1"), "1", ""));
        rejectsField("description", () -> new CapitalistTransfer(R, rur("1"), "1", null));
    }
}
