package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Money;

/**
 * The six-field card opcodes: RUCARDP2P_DYN (Russian cards, card2card), UKRCARD (Ukrainian cards, UAH) and
 * KZCARD (Kazakh cards, KZT). {@code OP;card;amount;currency;no;description}
 */
public record CardPayout(Opcode opcode, CardNumber card, Money amount, String paymentNumber, String description)
        implements PaymentOrder {

    public CardPayout {
        Rules.layout(opcode, Opcode.Layout.CARD, "six-field card");
        Rules.present("card", card);
        Rules.positive("amount", amount);
        Rules.required("paymentNumber", paymentNumber);
        Rules.required("description", description);
    }

    @Override
    public String beneficiary() {
        return card.digits();
    }

    @Override
    public void forEachField(FieldSink sink) {
        Rules.commonHead(sink, opcode, "card", card.digits(), amount, paymentNumber, description);
    }
}
