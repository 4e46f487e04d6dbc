package io.capitalist4j.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.batch.LineProblem;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.InvalidFieldException;
import io.capitalist4j.domain.payment.SbpBank;
import io.capitalist4j.domain.payment.SbpPayout;
import org.junit.jupiter.api.Test;

class RedactionTest {

    private static final String CARD = "4276380079956889";

    @Test
    void refusedInputShowsEveryRunOfTwelveOrMoreDigitsByItsLastFour() {
        assertThat(Redaction.maskDigitRuns("card " + CARD + " and 4276380079956881 end"))
                .isEqualTo("card ************6889 and ************6881 end");
    }

    @Test
    void refusedInputKeepsShorterNumbersAndOtherText() {
        assertThat(Redaction.maskDigitRuns("R0100271 paid 1500.00 on line 12345678901"))
                .isEqualTo("R0100271 paid 1500.00 on line 12345678901");
    }

    @Test
    void aCardTypedIntoTheAccountFieldIsNotRepeatedInFull() {
        assertThatThrownBy(() -> AccountNumber.of(CARD))
                .hasMessageContaining("************6889").hasMessageNotContaining(CARD);
    }

    @Test
    void aCardTypedIntoThePhoneFieldIsNotRepeatedInFull() {
        assertThatThrownBy(() -> new SbpPayout(CARD + "0", Money.of("1000.00", Currency.RUR), SbpBank.SBERBANK,
                "Ivan", "Ivanov", "ivan@example.com", "P-1", "Payout"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageNotContaining(CARD)
                .satisfies(e -> assertThat(((InvalidFieldException) e).reason()).doesNotContain(CARD));
    }

    @Test
    void aLineProblemNeverCarriesAFullCardNumber() {
        assertThat(new LineProblem(3, "amount", CARD + ".00 RUR is outside the RUCARD limits").reason())
                .doesNotContain(CARD).contains("6889");
    }
}
