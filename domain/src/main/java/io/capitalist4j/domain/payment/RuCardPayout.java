package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Money;

/**
 * RUCARD: a Russian bank card, paid in RUR (converted when the source account is not RUR); 100 to 50 000 RUR.
 * {@code RUCARD;card;amount;currency;no;description;first name;last name}
 */
public record RuCardPayout(CardNumber card, Money amount, String paymentNumber, String description,
                           String firstName, String lastName) implements PaymentOrder {

    public static final String MIN_RUR = "100";
    public static final String MAX_RUR = "50000";

    static final LineLayout<RuCardPayout> LAYOUT = LineLayout.of(RuCardPayout.class, "RUCARD",
            FieldSpec.opcode(),
            FieldSpec.card("card"),
            FieldSpec.amount("amount").rurBetween(MIN_RUR, MAX_RUR),
            FieldSpec.currency("currency"),
            FieldSpec.text("paymentNumber"),
            FieldSpec.text("description"),
            FieldSpec.text("firstName"),
            FieldSpec.text("lastName"));

    public RuCardPayout {
        LAYOUT.check(card, amount, paymentNumber, description, firstName, lastName);
    }

    @Override
    public Opcode opcode() {
        return Opcode.RUCARD;
    }

    @Override
    public String beneficiary() {
        return card.digits();
    }
}
