package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * WM: a WebMoney purse. The protection code and period are optional and go together:
 * {@code WM;purse;amount;currency;no;description[;protection code;protection period in days]}
 */
public record WebMoneyPayout(String purse, Money amount, String paymentNumber, String description,
                             Optional<String> protectionCode, Optional<Integer> protectionPeriodDays)
        implements PaymentOrder {

    public WebMoneyPayout {
        Rules.required("purse", purse);
        if (!isPurse(purse)) {
            throw new InvalidFieldException("purse", "must be a letter and 12 digits, e.g. Z112224443331: '" + purse + "'");
        }
        Rules.positive("amount", amount);
        Rules.required("paymentNumber", paymentNumber);
        Rules.required("description", description);
        Objects.requireNonNull(protectionCode, "protectionCode");
        Objects.requireNonNull(protectionPeriodDays, "protectionPeriodDays");
        if (protectionCode.isPresent() != protectionPeriodDays.isPresent()) {
            throw new InvalidFieldException("protectionPeriodDays", "protectionCode and protectionPeriodDays go together: give both or neither");
        }
        protectionCode.ifPresent(c -> Rules.required("protectionCode", c));
        protectionPeriodDays.ifPresent(d -> {
            if (d < 1 || d > 120) {
                throw new InvalidFieldException("protectionPeriodDays", "must be 1 to 120: " + d);
            }
        });
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

    @Override
    public void forEachField(FieldSink sink) {
        Rules.commonHead(sink, opcode(), "purse", purse, amount, paymentNumber, description);
        if (protectionCode.isPresent()) {
            sink.field("protectionCode", protectionCode.get());
        }
        if (protectionPeriodDays.isPresent()) {
            sink.field("protectionPeriodDays", Integer.toString(protectionPeriodDays.get()));
        }
    }

    /** {@code [A-Z][0-9]{12}}: the purse type letter and twelve digits. */
    private static boolean isPurse(String purse) {
        return purse.length() == 13 && purse.charAt(0) >= 'A' && purse.charAt(0) <= 'Z' && Rules.asciiDigits(purse, 1);
    }
}
