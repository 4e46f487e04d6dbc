package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Money;

/**
 * BRBANK: Brazil by PIX. Its own field order and no currency field:
 * {@code BRBANK;CPF;method;name;e-mail;amount;no;description}. The line carries no currency, so
 * the amount's currency is ours to state (the parser takes it from its options) and is not written.
 */
public record BrBankPayout(String cpf, String method, String name, String email, Money amount,
                           String paymentNumber, String description) implements PaymentOrder {

    static final LineLayout<BrBankPayout> LAYOUT = LineLayout.of(BrBankPayout.class, "BRBANK",
            FieldSpec.opcode(),
            FieldSpec.cpf("cpf"),
            FieldSpec.text("method"),
            FieldSpec.text("name"),
            FieldSpec.email("email"),
            FieldSpec.amount("amount"),
            FieldSpec.text("paymentNumber"),
            FieldSpec.text("description"));

    public BrBankPayout {
        LAYOUT.check(cpf, method, name, email, amount, paymentNumber, description);
    }

    public static BrBankPayout pix(String cpf, String name, String email, Money amount, String paymentNumber,
                                   String description) {
        return new BrBankPayout(cpf, "PIX", name, email, amount, paymentNumber, description);
    }

    @Override
    public Opcode opcode() {
        return Opcode.BRBANK;
    }

    @Override
    public String beneficiary() {
        return cpf;
    }
}
