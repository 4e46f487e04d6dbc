package io.capitalist4j.testkit.api2;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment as the sandbox holds it, at one moment (a snapshot; the server's copy moves on).
 *
 * @param amount        the amount as sent, digits kept
 * @param currency      the request's {@code currency}, else the account's
 * @param payloadJson   the payload as the status answer writes it: JSON text, keys sorted, {@code type} included
 * @param beneficiary   {@code payload.account}, when the type has one
 * @param fee           the fee, in {@code currency}, at its scale
 * @param debit         what was taken from {@code accountFrom} (amount + fee, converted into the account's currency)
 * @param declineReason the outcome policy's reason, empty unless DECLINED
 * @param txId          the blockchain id of an executed crypto payment
 * @param lookups       status lookups answered so far
 */
public record Api2Payment(long documentId, String userRequestId, String accountFrom, BigDecimal amount,
                          String currency, String type, String payloadJson, Optional<String> beneficiary,
                          Optional<String> comment, Optional<String> callbackUrl, BigDecimal fee, BigDecimal debit,
                          Api2State state, Instant createdAt, Optional<Instant> finishedAt, String declineReason,
                          Optional<String> txId, int lookups) {

    public Api2Payment {
        Objects.requireNonNull(userRequestId, "userRequestId");
        Objects.requireNonNull(accountFrom, "accountFrom");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payloadJson, "payloadJson");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(debit, "debit");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(declineReason, "declineReason");
        Objects.requireNonNull(txId, "txId");
    }
}
