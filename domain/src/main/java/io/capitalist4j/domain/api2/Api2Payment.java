package io.capitalist4j.domain.api2;

import io.capitalist4j.domain.money.Currency;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment as {@code GET /v1/payment/{userRequestId}} and {@code /v1/payment/document/{documentId}} report it:
 * what was submitted, its state and the fee. {@link #state()} is {@link Api2PaymentState#UNKNOWN} for a state name
 * the reference does not list, kept as it came in {@link #rawState()}. The server sends the payload as a JSON
 * text; {@link #payload()} is that text decoded and {@link #payloadText()} the text as it came.
 */
public record Api2Payment(String userRequestId, long documentId, Api2PaymentState state, String rawState,
                          BigDecimal amount, Optional<Currency> currency, Optional<BigDecimal> fee,
                          Optional<String> type, Optional<String> accountFrom, Optional<String> comment,
                          Optional<String> callbackUrl, Optional<Api2Payload> payload, Optional<String> payloadText,
                          Optional<String> txId, Optional<String> dstAddress) {

    public Api2Payment {
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
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(payloadText, "payloadText");
        Objects.requireNonNull(txId, "txId");
        Objects.requireNonNull(dstAddress, "dstAddress");
        if (state != Api2PaymentState.of(rawState)) {
            throw new IllegalArgumentException("state " + state + " does not match the raw state " + rawState);
        }
    }

    /** Whether the payment will not change any more (EXECUTED or DECLINED). */
    public boolean isFinal() {
        return state.isFinal();
    }
}
