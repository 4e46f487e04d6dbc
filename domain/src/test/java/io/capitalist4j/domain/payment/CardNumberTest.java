package io.capitalist4j.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.capitalist4j.domain.Fixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111111", "5555555555554444", "4276380079956889", "378282246310005",
            "6011000990139424", "4222222222222", "6759649826438453003", "500000000009"})
    void acceptsNumbersOfTwelveToNineteenDigitsThatPassTheLuhnCheck(String digits) {
        assertThat(CardNumber.of(digits).digits()).isEqualTo(digits);
    }

    @Test
    void rejectsTheReferenceExampleCardBecauseItFailsTheLuhnCheckWithoutShowingIt() {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, () -> CardNumber.of(Fixtures.FAILS_LUHN));

        assertThat(e.field()).isEqualTo("card");
        assertThat(e.reason()).contains("Luhn").contains("6881").doesNotContain(Fixtures.FAILS_LUHN);
        assertThat(e.getMessage()).doesNotContain(Fixtures.FAILS_LUHN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"41111111111", "41111111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111",
            "411111111111111a", "", "４１１１１１１１１１１１１１１１"})
    void rejectsTextThatIsNotTwelveToNineteenDigits(String text) {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, () -> CardNumber.of(text));

        assertThat(e.field()).isEqualTo("card");
        if (text.length() > 4) {
            assertThat(e.getMessage()).doesNotContain(text);
        }
    }

    @Test
    void everySingleDigitChangeIsCaughtByTheLuhnCheck() {
        String valid = "4111111111111111";
        for (int i = 0; i < valid.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != valid.charAt(i)) {
                    String changed = valid.substring(0, i) + d + valid.substring(i + 1);
                    assertThat(CardNumber.luhn(changed)).as(changed).isFalse();
                }
            }
        }
    }

    @Test
    void masksAllButTheLastFourDigits() {
        CardNumber card = CardNumber.of("4111111111111111");

        assertThat(card.masked()).isEqualTo("************1111");
        assertThat(card).hasToString("************1111");
        assertThat(CardNumber.masked("123")).isEqualTo("123");
        assertThat(CardNumber.masked(null)).isEqualTo("null");
    }

    @Test
    void ordersHoldingACardNeverShowTheFullNumberInToString() {
        for (Opcode opcode : new Opcode[] {Opcode.RUCARD, Opcode.UKRCARD, Opcode.WORLDCARD}) {
            PaymentOrder order = Fixtures.example(opcode, "1");
            String digits = order.beneficiary();

            assertThat(order.toString()).doesNotContain(digits).contains(digits.substring(digits.length() - 4));
        }
        RuCardPayout order = (RuCardPayout) Fixtures.example(Opcode.RUCARD, "1");
        assertThat(Optional.of(order.card()).toString()).doesNotContain(Fixtures.CARD);
    }
}
