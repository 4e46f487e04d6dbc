package io.capitalist4j.domain.fee;

import java.math.BigDecimal;
import java.util.Objects;

/** get_document_fee: the fee in {@code currency} for the initial {@code amount}. */
public record FeeQuote(BigDecimal fee, String currency, BigDecimal amount) {
    public FeeQuote {
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
    }
}
