package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Money;
import java.util.List;

/**
 * RUCARD: a Russian bank card, paid in RUR (converted when the source account is not RUR); 100 to 50 000 RUR.
 * {@code RUCARD;card;amount;currency;no;description;first name;last name}
 */
public record RuCardPayout(CardNumber card, Money amount, String paymentNumber, String description,
                           String firstName, String lastName) implements PaymentOrder {

    public static final String MIN_RUR = "100";
    public static final String MAX_RUR = "50000";

    public RuCardPayout {
        Rules.present("card", card);
        Rules.positive("amount", amount);
        Rules.rurLimits("RUCARD", amount, MIN_RUR, MAX_RUR);
        Rules.required("paymentNumber", paymentNumber);
        Rules.required("description", description);
        Rules.required("firstName", firstName);
        Rules.required("lastName", lastName);
    }

    @Override
    public Opcode opcode() {
        return Opcode.RUCARD;
    }

    @Override
    public String beneficiary() {
        return card.digits();
    }

    @Override
    public List<Field> fields() {
        return List.of(new Field("opcode", opcode().name()), new Field("card", card.digits()),
                new Field("amount", amount.toWire()), new Field("currency", amount.currency().code()),
                new Field("paymentNumber", paymentNumber), new Field("description", description),
                new Field("firstName", firstName), new Field("lastName", lastName));
    }
}
