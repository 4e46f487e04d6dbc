package io.capitalist4j.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.CharBuffer;
import org.junit.jupiter.api.Test;

/** Money.parseDecimal: the one decimal reader of the code base, for whole strings and ranges of text. */
class DecimalParsingTest {

    @Test
    void keepsTheScaleTheTextGivesAndTheSign() {
        assertThat(Money.parseDecimal("40.00")).isEqualTo(new BigDecimal("40.00")).hasScaleOf(2);
        assertThat(Money.parseDecimal("-1.40")).isEqualTo(new BigDecimal("-1.40"));
        assertThat(Money.parseDecimal("007")).isEqualTo(new BigDecimal("7")).hasScaleOf(0);
    }

    @Test
    void readsMoreDigitsThanALongHoldsExactly() {
        assertThat(Money.parseDecimal("12345678901234567890.123"))
                .isEqualTo(new BigDecimal("12345678901234567890.123"));
    }

    @Test
    void readsARangeOfABufferInPlaceAsTheSameStringWouldRead() {
        char[] buffer = "x;99999.25;y".toCharArray();

        assertThat(Money.parseDecimal(CharBuffer.wrap(buffer), 2, 10)).isEqualTo(new BigDecimal("99999.25"));
        assertThat(Money.parseDecimal("ab-0.5", 2, 6)).isEqualTo(new BigDecimal("-0.5"));
    }

    @Test
    void refusesEveryOtherShapeWithAnIllegalArgumentQuotingTheText() {
        for (String bad : new String[] {"", "-", "+1", "1.", ".5", "1e3", "1,5", " 1", "1.2.3", "١٢", "--1"}) {
            assertThatThrownBy(() -> Money.parseDecimal(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("amount must be digits with '.' as decimal separator: '" + bad + "'");
        }
    }

    @Test
    void aRangeOutsideTheTextIsAnIndexError() {
        assertThatThrownBy(() -> Money.parseDecimal("12", 1, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
