package io.capitalist4j.domain.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "Payout", "Выплата № 5", "a,b.c:d'e\"f", "😀", "x😀y", "中文", "\u00A0", "\uFEFF"})
    void acceptsTextWithoutSeparatorsControlsOrLoneSurrogates(String text) {
        assertThat(FieldText.problem(text)).isEmpty();
    }

    @Test
    void namesTheCharacterAndItsPosition() {
        assertThat(FieldText.problem("ab;c")).hasValueSatisfying(r -> assertThat(r).contains("';'").contains("3"));
        assertThat(FieldText.problem("a\nb")).hasValueSatisfying(r -> assertThat(r).contains("line break").contains("2"));
        assertThat(FieldText.problem("a\rb")).hasValueSatisfying(r -> assertThat(r).contains("line break"));
        assertThat(FieldText.problem("ab\u0000")).hasValueSatisfying(r -> assertThat(r).contains("U+0000").contains("3"));
        assertThat(FieldText.problem("\u2028")).hasValueSatisfying(r -> assertThat(r).contains("U+2028"));
        assertThat(FieldText.problem("a\uD83D")).hasValueSatisfying(r -> assertThat(r).contains("surrogate").contains("2"));
        assertThat(FieldText.problem("\uDE00a")).hasValueSatisfying(r -> assertThat(r).contains("surrogate").contains("1"));
    }

    @Test
    void everyC0AndC1ControlCharacterIsRejected() {
        for (char c = 0; c < 0x20; c++) {
            assertThat(FieldText.problem("a" + c)).as("U+%04X", (int) c).isPresent();
        }
        for (char c = 0x7F; c <= 0x9F; c++) {
            assertThat(FieldText.problem(c + "a")).as("U+%04X", (int) c).isPresent();
        }
    }
}
