package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Money;
import java.math.BigDecimal;

/**
 * RUCARD: a Russian bank card, paid in RUR (converted when the source account is not RUR); 100 to 50 000 RUR.
 * {@code RUCARD;card;amount;currency;no;description;first name;last name}
 */
public record RuCardPayout(CardNumber card, Money amount, String paymentNumber, String description,
                           String firstName, String lastName) implements PaymentOrder {

    public static final String MIN_RUR = "100";
    public static final String MAX_RUR = "50000";
    // parsed once: the limits are checked on every line of a batch
    private static final BigDecimal MIN = new BigDecimal(MIN_RUR);
    private static final BigDecimal MAX = new BigDecimal(MAX_RUR);

    public RuCardPayout {
        Rules.present("card", card);
        Rules.positive("amount", amount);
        Rules.rurLimits("RUCARD", amount, MIN, MAX);
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
    public void forEachField(FieldSink sink) {
        Rules.commonHead(sink, opcode(), "card", card.digits(), amount, paymentNumber, description);
        sink.field("firstName", firstName);
        sink.field("lastName", lastName);
    }
}
