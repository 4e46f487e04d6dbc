package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Money;

/**
 * The six-field card opcodes: RUCARDP2P_DYN (Russian cards, card2card), UKRCARD (Ukrainian cards, UAH) and
 * KZCARD (Kazakh cards, KZT). {@code OP;card;amount;currency;no;description}
 */
public record CardPayout(Opcode opcode, CardNumber card, Money amount, String paymentNumber, String description)
        implements PaymentOrder {

    static final LineLayout<CardPayout> LAYOUT = LineLayout.of(CardPayout.class, "six-field card",
            FieldSpec.opcode(),
            FieldSpec.card("card"),
            FieldSpec.amount("amount"),
            FieldSpec.currency("currency"),
            FieldSpec.text("paymentNumber"),
            FieldSpec.text("description"));

    public CardPayout {
        LAYOUT.check(opcode, card, amount, paymentNumber, description);
    }

    @Override
    public String beneficiary() {
        return card.digits();
    }
}
