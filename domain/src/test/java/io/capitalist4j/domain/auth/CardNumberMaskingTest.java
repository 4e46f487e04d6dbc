package io.capitalist4j.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.capitalist4j.domain.payment.CardNumber;
import org.junit.jupiter.api.Test;

class CardNumberMaskingTest {

    @Test
    void aCardNumberAnywhereInATextKeepsItsFirstSixAndLastFourDigits() {
        assertThat(Redaction.maskCardNumbers("RUCARD: 4111111111111111, thanks"))
                .isEqualTo("RUCARD: 411111******1111, thanks");
        assertThat(Redaction.maskCardNumbers("card4276380079956889end")).isEqualTo("card427638******6889end");
    }

    @Test
    void groupsJoinedBySpacesOrDashesAreMaskedAndKeepTheirSeparators() {
        assertThat(Redaction.maskCardNumbers("RUCARD: 4111 1111 1111 1111")).isEqualTo("RUCARD: 4111 11** **** 1111");
        assertThat(Redaction.maskCardNumbers("4111-1111-1111-1111.")).isEqualTo("4111-11**-****-1111.");
        assertThat(Redaction.maskCardNumbers("amex 3782 822463 10005")).isEqualTo("amex 3782 82**** *0005");
    }

    @Test
    void everyLengthFromThirteenToNineteenDigitsIsACardNumber() {
        assertThat(Redaction.maskCardNumbers("4222222222222")).isEqualTo("422222***2222");
        assertThat(Redaction.maskCardNumbers("6011000990139424")).isEqualTo("601100******9424");
        assertThat(Redaction.maskCardNumbers("4111111111111111110")).isEqualTo("411111*********1110");
    }

    @Test
    void aFormEncodedUploadHasItsCardNumbersMaskedToo() {
        assertThat(Redaction.maskCardNumbers("batch=RUCARD%3B4276380079956889%3B3000.00%0A"))
                .isEqualTo("batch=RUCARD%3B427638******6889%3B3000.00%0A");
        assertThat(Redaction.maskCardNumbers("x=%204111+1111+1111+1111%20")).isEqualTo("x=%204111+11**+****+1111%20");
    }

    @Test
    void whatIsNotALuhnValidRunOfThirteenToNineteenDigitsStaysAsItIs() {
        String text = "R0000001 U0100001 1500.00 RUR 01.04.2025 2025-04-01 batch 7a157e3d-cb28-4565-9ba9-218a606810b3 "
                + "4111111111111112 411111111111 40817810099910004312 +7 999 123-45-67 12345678-1234-1234-1234-123456789012 "
                + "1 2 3 4 5 6 7 8 9 10 11 12 13 14 doc 92362566";
        assertThat(Redaction.maskCardNumbers(text)).isSameAs(text);
    }

    @Test
    void twoCardNumbersInOneRunOfGroupsAreBothMasked() {
        assertThat(Redaction.maskCardNumbers("4111111111111111 5500000000000004"))
                .isEqualTo("411111******1111 550000******0004");
    }

    @Test
    void maskingIsIdempotentAndKeepsTheLength() {
        qt().withExamples(500).forAll(integers().between(0, 1_000_000), strings().basicLatinAlphabet().ofLengthBetween(0, 40))
                .checkAssert((seed, noise) -> {
                    String card = luhnCard(seed);
                    String text = noise + " " + card + " " + noise;
                    String masked = Redaction.maskCardNumbers(text);
                    assertThat(masked).hasSameSizeAs(text).doesNotContain(card)
                            .contains(card.substring(0, 6) + "******" + card.substring(12));
                    assertThat(Redaction.maskCardNumbers(masked)).isEqualTo(masked);
                });
    }

    private static String luhnCard(int seed) {
        String body = "4" + String.format("%014d", (long) seed * 7919L % 100_000_000_000_000L);
        for (int check = 0; check < 10; check++) {
            if (CardNumber.luhn(body + check)) {
                return body + check;
            }
        }
        throw new IllegalStateException("no check digit");
    }

    @Test
    void controlCharactersAreEscapedAndPrintableTextIsLeftAlone() {
        assertThat(Printable.escapeControls("a\u001b[2Jb\u001b]0;title\u0007c\rd\be\nf\tg\u009bh\u202ei"))
                .isEqualTo("a\\x1b[2Jb\\x1b]0;title\\x07c\\rd\\x08e\\nf\\tg\\u009bh\\u202ei");
        String plain = "Выплата по счёту R0000001 \\ 100.00";
        assertThat(Printable.escapeControls(plain)).isSameAs(plain);
        assertThat(Printable.of("\u001b[2J4111111111111111")).isEqualTo("\\x1b[2J411111******1111");
    }
}
