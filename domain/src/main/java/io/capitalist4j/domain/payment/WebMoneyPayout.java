package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Money;
import java.util.Optional;

/**
 * WM: a WebMoney purse. The protection code and period are optional and go together:
 * {@code WM;purse;amount;currency;no;description[;protection code;protection period in days]}
 */
public record WebMoneyPayout(String purse, Money amount, String paymentNumber, String description,
                             Optional<String> protectionCode, Optional<Integer> protectionPeriodDays)
        implements PaymentOrder {

    static final LineLayout<WebMoneyPayout> LAYOUT = LineLayout.of(WebMoneyPayout.class, "WM",
            FieldSpec.opcode(),
            FieldSpec.purse("purse"),
            FieldSpec.amount("amount"),
            FieldSpec.currency("currency"),
            FieldSpec.text("paymentNumber"),
            FieldSpec.text("description"),
            FieldSpec.text("protectionCode").mayBeOmitted(),
            FieldSpec.days("protectionPeriodDays", 1, 120).mayBeOmitted());

    public WebMoneyPayout {
        LAYOUT.check(purse, amount, paymentNumber, description, protectionCode, protectionPeriodDays);
    }

    public static WebMoneyPayout of(String purse, Money amount, String paymentNumber, String description) {
        return new WebMoneyPayout(purse, amount, paymentNumber, description, Optional.empty(), Optional.empty());
    }

    @Override
    public Opcode opcode() {
        return Opcode.WM;
    }

    @Override
    public String beneficiary() {
        return purse;
    }
}
