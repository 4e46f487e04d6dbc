package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Money;

/**
 * SBP: the Russian Faster Payment System, paid in RUR; 500 to 150 000 RUR per payment. The extra fields
 * come before the payment number:
 * {@code SBP;phone;amount;currency;bank;first name;last name;e-mail;no;description}
 */
public record SbpPayout(String phone, Money amount, SbpBank bank, String firstName, String lastName,
                        String email, String paymentNumber, String description) implements PaymentOrder {

    public static final String MIN_RUR = "500";
    public static final String MAX_RUR = "150000";

    static final LineLayout<SbpPayout> LAYOUT = LineLayout.of(SbpPayout.class, "SBP",
            FieldSpec.opcode(),
            FieldSpec.phone("phone", 10, 15),
            FieldSpec.amount("amount").rurBetween(MIN_RUR, MAX_RUR),
            FieldSpec.currency("currency"),
            FieldSpec.bankId("bank"),
            FieldSpec.text("firstName"),
            FieldSpec.text("lastName"),
            FieldSpec.email("email"),
            FieldSpec.text("paymentNumber"),
            FieldSpec.text("description"));

    public SbpPayout {
        LAYOUT.check(phone, amount, bank, firstName, lastName, email, paymentNumber, description);
    }

    @Override
    public Opcode opcode() {
        return Opcode.SBP;
    }

    @Override
    public String beneficiary() {
        return phone;
    }
}
