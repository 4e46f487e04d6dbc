package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Field checks shared by the order records; messages name the field and never hide the reason. */
final class Rules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s;]+@[^@\\s;]+\\.[^@\\s;]+");
    private static final Pattern PHONE = Pattern.compile("[0-9]{10,15}");

    private Rules() {
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "is required");
        }
        return value;
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
        return value;
    }

    /** The opcode is there and one of the {@code layout} family, described as {@code kind} when it is not. */
    static Opcode layout(Opcode opcode, Opcode.Layout layout, String kind) {
        present("opcode", opcode);
        if (opcode.layout() != layout) {
            throw new InvalidFieldException("opcode", "opcode " + opcode + " is not a " + kind + " opcode");
        }
        return opcode;
    }

    static Money positive(String field, Money amount) {
        if (!present(field, amount).isPositive()) {
            throw new InvalidFieldException(field, "must be greater than zero: " + amount.toWire());
        }
        return amount;
    }

    static String email(String field, String value) {
        required(field, value);
        if (!EMAIL.matcher(value).matches()) {
            throw new InvalidFieldException(field, "is not an e-mail address: '" + value + "'");
        }
        return value;
    }

    static String phone(String field, String value) {
        required(field, value);
        if (!PHONE.matcher(value).matches()) {
            throw new InvalidFieldException(field,
                    "must be 10 to 15 digits with the country code and no '+': '" + value + "'");
        }
        return value;
    }

    /** Limits in RUR apply only when the order is in RUR; other currencies are converted by the server. */
    static void rurLimits(String opcode, Money amount, String min, String max) {
        if (!amount.currency().equals(Currency.RUR)) {
            return;
        }
        BigDecimal value = amount.amount();
        if (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0) {
            throw new InvalidFieldException("amount", amount.toWire() + " RUR is outside the " + opcode
                    + " limits " + min + " to " + max + " RUR");
        }
    }
}
