package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Money;
import java.util.regex.Pattern;

/**
 * BRBANK: Brazil by PIX. Its own field order and no currency field:
 * {@code BRBANK;CPF;method;name;e-mail;amount;no;description}. The line carries no currency, so
 * the amount's currency is ours to state (the parser takes it from its options) and is not written.
 */
public record BrBankPayout(String cpf, String method, String name, String email, Money amount,
                           String paymentNumber, String description) implements PaymentOrder {

    private static final Pattern CPF = Pattern.compile("[0-9]{11}");

    public BrBankPayout {
        Rules.required("cpf", cpf);
        if (!CPF.matcher(cpf).matches()) {
            throw new InvalidFieldException("cpf", "must be 11 digits: '" + cpf + "'");
        }
        Rules.required("method", method);
        Rules.required("name", name);
        Rules.email("email", email);
        Rules.positive("amount", amount);
        Rules.required("paymentNumber", paymentNumber);
        Rules.required("description", description);
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

    @Override
    public void forEachField(FieldSink sink) {
        sink.field("opcode", opcode().name());
        sink.field("cpf", cpf);
        sink.field("method", method);
        sink.field("name", name);
        sink.field("email", email);
        sink.amount("amount", amount);
        sink.field("paymentNumber", paymentNumber);
        sink.field("description", description);
    }
}
