package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Money;
import java.math.BigDecimal;

/**
 * SBP: the Russian Faster Payment System, paid in RUR; 500 to 150 000 RUR per payment. The extra fields
 * come before the payment number:
 * {@code SBP;phone;amount;currency;bank;first name;last name;e-mail;no;description}
 */
public record SbpPayout(String phone, Money amount, SbpBank bank, String firstName, String lastName,
                        String email, String paymentNumber, String description) implements PaymentOrder {

    public static final String MIN_RUR = "500";
    public static final String MAX_RUR = "150000";
    // parsed once: the limits are checked on every line of a batch
    private static final BigDecimal MIN = new BigDecimal(MIN_RUR);
    private static final BigDecimal MAX = new BigDecimal(MAX_RUR);

    public SbpPayout {
        Rules.phone("phone", phone);
        Rules.positive("amount", amount);
        Rules.rurLimits("SBP", amount, MIN, MAX);
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
    public void forEachField(FieldSink sink) {
        sink.field("opcode", opcode().name());
        sink.field("phone", phone);
        sink.amount("amount", amount);
        sink.field("currency", amount.currency().code());
        sink.field("bank", bank.code());
        sink.field("firstName", firstName);
        sink.field("lastName", lastName);
        sink.field("email", email);
        sink.field("paymentNumber", paymentNumber);
        sink.field("description", description);
    }
}
