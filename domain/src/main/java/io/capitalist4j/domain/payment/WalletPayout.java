package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Money;

/**
 * The six-field wallet, mobile and crypto opcodes (YANDEX, QIWI, MEGAFON, BEELINE, MTS, TELE2, UNIONPAY,
 * UZCARD, BITCOIN, ETH, USDTERC20, USDTTRC20, USDCERC20): {@code OP;recipient;amount;currency;no;description}.
 * The recipient is the wallet, phone number, card or crypto address as the payment system knows it.
 */
public record WalletPayout(Opcode opcode, String recipient, Money amount, String paymentNumber, String description)
        implements PaymentOrder {

    static final LineLayout<WalletPayout> LAYOUT = LineLayout.of(WalletPayout.class, "six-field wallet",
            FieldSpec.opcode(),
            FieldSpec.text("recipient"),
            FieldSpec.amount("amount"),
            FieldSpec.currency("currency"),
            FieldSpec.text("paymentNumber"),
            FieldSpec.text("description"));

    public WalletPayout {
        LAYOUT.check(opcode, recipient, amount, paymentNumber, description);
    }

    @Override
    public String beneficiary() {
        return recipient;
    }
}
