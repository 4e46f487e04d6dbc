package io.capitalist4j.testkit;

import io.capitalist4j.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The sandbox's commission. {@code kind} is the batch opcode (e.g. {@code CAPITALIST}) for a batch record,
 * or the upper-case {@code document_type} for get_document_fee. The answer must be in the amount's currency.
 */
@FunctionalInterface
public interface FeePolicy {

    Money fee(String kind, Money amount);

    /** No commission: the default, so balances move by exactly the paid amounts. */
    static FeePolicy none() {
        return (kind, amount) -> Money.zero(amount.currency());
    }

    /**
     * {@code percent} of the amount. The fee is a computed price, so it is rounded explicitly, half up, to the
     * currency's scale (the amounts themselves are never rounded).
     */
    static FeePolicy percent(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0) {
            throw new IllegalArgumentException("a fee percentage must not be negative: " + percent);
        }
        return (kind, amount) -> Money.of(amount.amount().multiply(percent)
                .divide(BigDecimal.valueOf(100), amount.currency().scale(), RoundingMode.HALF_UP), amount.currency());
    }
}
