package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import java.math.BigDecimal;

/** Field checks shared by the order records; messages name the field and never hide the reason. */
final class Rules {

    private Rules() {
    }

    /**
     * The six fields most layouts start with (reference §7.1): opcode, recipient, amount, currency, payment
     * number, description. {@code recipientName} is the layout's name for field 2.
     */
    static void commonHead(FieldSink sink, Opcode opcode, String recipientName, String recipient, Money amount,
                           String paymentNumber, String description) {
        sink.field("opcode", opcode.name());
        sink.field(recipientName, recipient);
        sink.amount("amount", amount);
        sink.field("currency", amount.currency().code());
        sink.field("paymentNumber", paymentNumber);
        sink.field("description", description);
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

    /**
     * Something, {@code @}, something with a dot inside: {@code [^@\s;]+@[^@\s;]+\.[^@\s;]+} written as
     * one loop, because it runs for every SBP line of a batch of a hundred thousand.
     */
    static String email(String field, String value) {
        required(field, value);
        if (!isEmail(value)) {
            throw new InvalidFieldException(field, "is not an e-mail address: '" + value + "'");
        }
        return value;
    }

    private static boolean isEmail(String value) {
        int at = -1;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // the regex \s: space, tab, line feed, vertical tab, form feed, carriage return
            if (c == ';' || c == ' ' || (c >= '\t' && c <= '\r')) {
                return false;
            }
            if (c == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        // a non-empty local part, and a dot in the domain with at least one character either side of it
        return at > 0 && value.lastIndexOf('.', value.length() - 2) > at + 1;
    }

    /** 10 to 15 ASCII digits, the country code first and no '+'. */
    static String phone(String field, String value) {
        required(field, value);
        if (value.length() < 10 || value.length() > 15 || !asciiDigits(value, 0)) {
            throw new InvalidFieldException(field,
                    "must be 10 to 15 digits with the country code and no '+': '" + value + "'");
        }
        return value;
    }

    /** Whether every character from {@code from} on is an ASCII digit (a loop: cheaper than a regex per line). */
    static boolean asciiDigits(String value, int from) {
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Limits in RUR apply only when the order is in RUR; other currencies are converted by the server. */
    static void rurLimits(String opcode, Money amount, BigDecimal min, BigDecimal max) {
        if (!amount.currency().equals(Currency.RUR)) {
            return;
        }
        BigDecimal value = amount.amount();
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new InvalidFieldException("amount", amount.toWire() + " RUR is outside the " + opcode
                    + " limits " + min.toPlainString() + " to " + max.toPlainString() + " RUR");
        }
    }
}
