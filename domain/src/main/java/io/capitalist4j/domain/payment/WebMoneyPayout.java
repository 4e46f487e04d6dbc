package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * WM: a WebMoney purse. The protection code and period are optional and go together:
 * {@code WM;purse;amount;currency;no;description[;protection code;protection period in days]}
 */
public record WebMoneyPayout(String purse, Money amount, String paymentNumber, String description,
                             Optional<String> protectionCode, Optional<Integer> protectionPeriodDays)
        implements PaymentOrder {

    private static final Pattern PURSE = Pattern.compile("[A-Z][0-9]{12}");

    public WebMoneyPayout {
        Rules.required("purse", purse);
        if (!PURSE.matcher(purse).matches()) {
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
    public List<Field> fields() {
        List<Field> fields = new ArrayList<>(List.of(new Field("opcode", opcode().name()), new Field("purse", purse),
                new Field("amount", amount.toWire()), new Field("currency", amount.currency().code()),
                new Field("paymentNumber", paymentNumber), new Field("description", description)));
        protectionCode.ifPresent(c -> fields.add(new Field("protectionCode", c)));
        protectionPeriodDays.ifPresent(d -> fields.add(new Field("protectionPeriodDays", Integer.toString(d))));
        return List.copyOf(fields);
    }
}
