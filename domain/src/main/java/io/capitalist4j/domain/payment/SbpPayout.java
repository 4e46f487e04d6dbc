package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Money;
import java.util.List;

/**
 * SBP: the Russian Faster Payment System, paid in RUR; 500 to 150 000 RUR per payment. The extra fields
 * come before the payment number:
 * {@code SBP;phone;amount;currency;bank;first name;last name;e-mail;no;description}
 */
public record SbpPayout(String phone, Money amount, SbpBank bank, String firstName, String lastName,
                        String email, String paymentNumber, String description) implements PaymentOrder {

    public static final String MIN_RUR = "500";
    public static final String MAX_RUR = "150000";

    public SbpPayout {
        Rules.phone("phone", phone);
        Rules.positive("amount", amount);
        Rules.rurLimits("SBP", amount, MIN_RUR, MAX_RUR);
        Rules.present("bank", bank);
        Rules.required("firstName", firstName);
        Rules.required("lastName", lastName);
        Rules.email("email", email);
        Rules.required("paymentNumber", paymentNumber);
        Rules.required("description", description);
    }

    @Override
    public Opcode opcode() {
        return Opcode.SBP;
    }

    @Override
    public String beneficiary() {
        return phone;
    }

    @Override
    public List<Field> fields() {
        return List.of(new Field("opcode", opcode().name()), new Field("phone", phone),
                new Field("amount", amount.toWire()), new Field("currency", amount.currency().code()),
                new Field("bank", bank.code()), new Field("firstName", firstName),
                new Field("lastName", lastName), new Field("email", email),
                new Field("paymentNumber", paymentNumber), new Field("description", description));
    }
}
