package io.capitalist4j.domain.api2;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.money.Money;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One payout, as {@code POST /v1/payment} takes it: your own {@code userRequestId} (the idempotency key: keep it
 * for every attempt of the same payout), the account debited, the amount (written as a JSON number at its
 * currency's scale, the currency sent beside it), an optional comment and callback URL, and the channel payload.
 */
public record Api2PaymentRequest(String userRequestId, AccountNumber accountFrom, Money amount,
                                 Optional<String> comment, Optional<URI> callbackUrl, Api2Payload payload) {

    public Api2PaymentRequest {
        UserRequestIds.check(userRequestId);
        Objects.requireNonNull(accountFrom, "accountFrom");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        Objects.requireNonNull(payload, "payload");
        if (amount.amount().signum() <= 0) {
            throw new IllegalArgumentException("amount must be greater than zero: " + amount.amount().toPlainString());
        }
        callbackUrl.ifPresent(url -> {
            String scheme = url.getScheme();
            if (!url.isAbsolute() || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                throw new IllegalArgumentException("callbackUrl must be an absolute http or https URL: " + url);
            }
        });
    }

    public static Api2PaymentRequest of(String userRequestId, AccountNumber accountFrom, Money amount,
                                        Api2Payload payload) {
        return new Api2PaymentRequest(userRequestId, accountFrom, amount, Optional.empty(), Optional.empty(), payload);
    }

    public Api2PaymentRequest withComment(String value) {
        return new Api2PaymentRequest(userRequestId, accountFrom, amount, Optional.of(value), callbackUrl, payload);
    }

    public Api2PaymentRequest withCallbackUrl(URI value) {
        return new Api2PaymentRequest(userRequestId, accountFrom, amount, comment, Optional.of(value), payload);
    }
}
