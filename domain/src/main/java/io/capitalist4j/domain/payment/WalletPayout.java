package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Money;

/**
 * The six-field wallet, mobile and crypto opcodes (YANDEX, QIWI, MEGAFON, BEELINE, MTS, TELE2, UNIONPAY,
 * UZCARD, BITCOIN, ETH, USDTERC20, USDTTRC20, USDCERC20): {@code OP;recipient;amount;currency;no;description}.
 * The recipient is the wallet, phone number, card or crypto address as the payment system knows it.
 */
public record WalletPayout(Opcode opcode, String recipient, Money amount, String paymentNumber, String description)
        implements PaymentOrder {

    public WalletPayout {
        Rules.layout(opcode, Opcode.Layout.WALLET, "six-field wallet");
        Rules.required("recipient", recipient);
        Rules.positive("amount", amount);
        Rules.required("paymentNumber", paymentNumber);
        Rules.required("description", description);
    }

    @Override
    public String beneficiary() {
        return recipient;
    }

    @Override
    public void forEachField(FieldSink sink) {
        Rules.commonHead(sink, opcode, "recipient", recipient, amount, paymentNumber, description);
    }
}
