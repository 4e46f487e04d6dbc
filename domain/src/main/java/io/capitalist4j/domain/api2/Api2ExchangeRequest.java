package io.capitalist4j.domain.api2;

import io.capitalist4j.domain.account.AccountNumber;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * {@code POST /v1/exchange}: move {@code amount} (in {@code fromAccount}'s currency, digits as given) from one of
 * your accounts into another of yours. The server returns no document id and offers no lookup: an exchange whose
 * answer is lost can only be found in the transactions.
 */
public record Api2ExchangeRequest(AccountNumber fromAccount, AccountNumber toAccount, BigDecimal amount) {
    public Api2ExchangeRequest {
        Objects.requireNonNull(fromAccount, "fromAccount");
        Objects.requireNonNull(toAccount, "toAccount");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be greater than zero: " + amount.toPlainString());
        }
        if (!io.capitalist4j.domain.money.Money.withinDigits(amount)) {
            throw new IllegalArgumentException("amount has too many digits");
        }
        if (fromAccount.equals(toAccount)) {
            throw new IllegalArgumentException("fromAccount and toAccount are the same: " + fromAccount);
        }
    }
}
