package io.capitalist4j.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.domain.batch.BatchLimits;
import io.capitalist4j.domain.money.Currency;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

class CsvCodecsTest {

    @Test
    void theDefaultsWriteNoTrailingNewlineReadBrBankInDollarsAndUseTheDefaultLimit() {
        BatchFormatOptions defaults = BatchFormatOptions.defaults();

        assertThat(defaults.trailingNewline()).isFalse();
        assertThat(defaults.brBankCurrency()).isEqualTo(Currency.USD);
        assertThat(defaults.limits()).isEqualTo(BatchLimits.DEFAULT);
    }

    @Test
    void withersChangeOneOptionAndKeepTheOthers() {
        BatchFormatOptions options = BatchFormatOptions.defaults().withTrailingNewline(true)
                .withBrBankCurrency(Currency.EUR).withLimits(new BatchLimits(5));

        assertThat(options).isEqualTo(new BatchFormatOptions(true, Currency.EUR, new BatchLimits(5)));
        assertThat(options.withTrailingNewline(false).limits()).isEqualTo(new BatchLimits(5));
        assertThat(BatchFormatOptions.defaults().trailingNewline()).isFalse();
    }

    @Test
    void optionsRequireACurrencyAndLimits() {
        assertThatThrownBy(() -> new BatchFormatOptions(false, null, BatchLimits.DEFAULT))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("brBankCurrency");
        assertThatThrownBy(() -> BatchFormatOptions.defaults().withLimits(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("limits");
        assertThatThrownBy(() -> CsvCodecs.batchFormat(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theImplementationStaysBehindTheFactory() {
        assertThat(CsvCodecs.batchFormat().getClass()).isEqualTo(SemicolonBatchFormat.class);
        assertThat(Modifier.isPublic(SemicolonBatchFormat.class.getModifiers())).isFalse();
        assertThat(Modifier.isPublic(BatchParser.class.getModifiers())).isFalse();
        assertThat(Modifier.isPublic(BatchRenderer.class.getModifiers())).isFalse();
        assertThat(CsvCodecs.batchFormat()).isSameAs(CsvCodecs.batchFormat());
    }
}
