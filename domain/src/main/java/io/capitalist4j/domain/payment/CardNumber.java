package io.capitalist4j.domain.payment;

import java.util.Objects;

/** A bank card number: 12 to 19 digits passing the Luhn check. {@code toString} shows the last four only. */
public record CardNumber(String digits) {

    public CardNumber {
        Objects.requireNonNull(digits, "card number");
        if (digits.length() < 12 || digits.length() > 19 || !Rules.asciiDigits(digits, 0)) {
            throw new InvalidFieldException("card", "must be 12 to 19 digits (" + masked(digits) + ")");
        }
        if (!luhn(digits)) {
            throw new InvalidFieldException("card", "fails the Luhn check (" + masked(digits) + ")");
        }
    }

    public static CardNumber of(String digits) {
        return new CardNumber(digits);
    }

    public static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** Everything but the last four characters replaced by {@code *}. */
    public static String masked(String text) {
        if (text == null) {
            return "null";
        }
        int keep = Math.min(4, text.length());
        return "*".repeat(text.length() - keep) + text.substring(text.length() - keep);
    }

    public String masked() {
        return masked(digits);
    }

    @Override
    public String toString() {
        return masked();
    }
}
