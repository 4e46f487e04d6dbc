package io.capitalist4j.application.port.out.journal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a claimed payment number is to pay, kept by the journal beside its claim (see
 * {@link PayoutJournalPort#claimPayouts}) so that recovery can tell this payment from another one that carries the
 * same number: the amount and its currency, and the recipient exactly as the batch line names it.
 *
 * @param paymentNumber the payment number claimed
 * @param amount        the amount, in the currency's scale
 * @param currency      the currency's code as the batch line writes it ({@code RUR}, {@code USD}, …)
 * @param recipient     the line's account, card, wallet, phone or address
 */
public record ClaimedPayout(String paymentNumber, BigDecimal amount, String currency, String recipient) {

    public ClaimedPayout {
        Objects.requireNonNull(paymentNumber, "paymentNumber");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(recipient, "recipient");
    }
}
