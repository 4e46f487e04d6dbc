package io.capitalist4j.domain.api2;

import io.capitalist4j.domain.money.Currency;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What the server POSTs to a payment's {@code callbackUrl} once it is final: the payment's status without its
 * payload. {@link #state()} is {@link Api2PaymentState#UNKNOWN} for a name the reference does not list, kept in
 * {@link #rawState()}.
 */
public record Api2Callback(String userRequestId, long documentId, Api2PaymentState state, String rawState,
                           BigDecimal amount, Optional<Currency> currency, Optional<BigDecimal> fee,
                           Optional<String> type, Optional<String> accountFrom, Optional<String> comment,
                           Optional<String> callbackUrl) {

    public Api2Callback {
        Objects.requireNonNull(userRequestId, "userRequestId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(rawState, "rawState");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(accountFrom, "accountFrom");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        if (state != Api2PaymentState.of(rawState)) {
            throw new IllegalArgumentException("state " + state + " does not match the raw state " + rawState);
        }
    }
}
