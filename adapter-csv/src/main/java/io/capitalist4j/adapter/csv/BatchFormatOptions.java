package io.capitalist4j.adapter.csv;

import io.capitalist4j.domain.batch.BatchLimits;
import io.capitalist4j.domain.money.Currency;
import java.util.Objects;

/**
 * How the batch format renders and parses.
 *
 * @param trailingNewline whether {@code render} ends the last line with {@code \n} (the server accepts both;
 *                        the signature covers whichever is sent). Default {@code false}.
 * @param brBankCurrency  the currency of BRBANK amounts: a BRBANK line has no currency field, so the parser
 *                        assigns this one and the renderer refuses BRBANK orders in any other. Default USD.
 * @param limits          the record limit checked by both directions. Default {@link BatchLimits#DEFAULT}.
 */
public record BatchFormatOptions(boolean trailingNewline, Currency brBankCurrency, BatchLimits limits) {

    private static final BatchFormatOptions DEFAULTS = new BatchFormatOptions(false, Currency.USD, BatchLimits.DEFAULT);

    public BatchFormatOptions {
        Objects.requireNonNull(brBankCurrency, "brBankCurrency");
        Objects.requireNonNull(limits, "limits");
    }

    public static BatchFormatOptions defaults() {
        return DEFAULTS;
    }

    public BatchFormatOptions withTrailingNewline(boolean trailingNewline) {
        return new BatchFormatOptions(trailingNewline, brBankCurrency, limits);
    }

    public BatchFormatOptions withBrBankCurrency(Currency brBankCurrency) {
        return new BatchFormatOptions(trailingNewline, brBankCurrency, limits);
    }

    public BatchFormatOptions withLimits(BatchLimits limits) {
        return new BatchFormatOptions(trailingNewline, brBankCurrency, limits);
    }
}
