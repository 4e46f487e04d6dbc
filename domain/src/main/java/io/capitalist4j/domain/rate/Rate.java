package io.capitalist4j.domain.rate;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The price of {@code targetAmount} units (1 unless given) of {@code target} in {@code amountCurrency}.
 * Rates are quotes, not money: they keep the precision the server sent.
 */
public record Rate(String target, BigDecimal amount, String amountCurrency, Optional<Integer> targetAmount) {
    public Rate {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(amountCurrency, "amountCurrency");
        Objects.requireNonNull(targetAmount, "targetAmount");
    }
}
