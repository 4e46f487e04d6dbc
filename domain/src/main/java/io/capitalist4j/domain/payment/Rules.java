package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.auth.Redaction;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The checks a field gets from its {@link FieldSpec}: presence, then what its kind demands within the spec's
 * limits. Messages name the field and never hide the reason.
 */
final class Rules {

    /** The most characters of a value a message quotes. */
    static final int QUOTED_LENGTH = 24;

    private Rules() {
    }

    /**
     * Checks the value of a record component that one field fills: a String, a typed value, or an Optional of
     * one for a field that may be empty or left off.
     *
     * @param opcode the order's opcode when its record has one, else null (then no field is required per opcode)
     */
    static void check(FieldSpec spec, Object value, Opcode opcode) {
        switch (spec.presence()) {
            case REQUIRED:
                checkPresent(spec, value);
                return;
            case MAY_BE_OMITTED:
                Optional<?> omitted = (Optional<?>) Objects.requireNonNull(value, spec.name());
                if (omitted.isPresent()) {
                    checkPresent(spec, omitted.get());
                }
                return;
            default:
                checkMayBeEmpty(spec, Objects.requireNonNull(value, spec.name()), opcode);
        }
    }

    private static void checkMayBeEmpty(FieldSpec spec, Object value, Opcode opcode) {
        boolean mayBeEmpty = spec.mayBeEmptyFor(opcode);
        if (value instanceof Optional) {
            Optional<?> optional = (Optional<?>) value;
            if (optional.isEmpty() && !mayBeEmpty) {
                throw new InvalidFieldException(spec.name(), "is required for " + opcode);
            }
            if (optional.isPresent()) {
                checkKind(spec, optional.get());
            }
        } else if (!mayBeEmpty) {
            checkPresent(spec, value);
        } else if (!((String) value).isEmpty()) {
            checkKind(spec, value);
        }
    }

    private static void checkPresent(FieldSpec spec, Object value) {
        if (value == null || value instanceof String && ((String) value).isBlank()) {
            throw new InvalidFieldException(spec.name(), "is required");
        }
        checkKind(spec, value);
    }

    private static void checkKind(FieldSpec spec, Object value) {
        FieldSpec.Limits limits = spec.limits();
        switch (spec.kind()) {
            case TEXT:
                checkMaxLength(spec, (String) value);
                return;
            case PHONE:
                if (!digits((String) value, limits)) {
                    throw new InvalidFieldException(spec.name(), "must be " + digitCount(limits)
                            + " digits with the country code and no '+': " + quoted(value));
                }
                return;
            case CPF:
                if (!digits((String) value, limits)) {
                    throw new InvalidFieldException(spec.name(), "must be " + digitCount(limits) + " digits: " + quoted(value));
                }
                return;
            case EMAIL:
                checkMaxLength(spec, (String) value);
                if (!isEmail((String) value)) {
                    throw new InvalidFieldException(spec.name(), "is not an e-mail address: " + quoted(value));
                }
                return;
            case PURSE:
                if (!isPurse((String) value)) {
                    throw new InvalidFieldException(spec.name(),
                            "must be a letter and 12 digits, e.g. Z112224443331: " + quoted(value));
                }
                return;
            case COUNTRY:
                if (!isCountry((String) value)) {
                    throw new InvalidFieldException(spec.name(),
                            "must be an ISO 3166 alpha-2 code such as DE: " + quoted(value));
                }
                return;
            case DAYS:
                int days = (Integer) value;
                int min = limits.min().orElseThrow().intValueExact();
                int max = limits.max().orElseThrow().intValueExact();
                if (days < min || days > max) {
                    throw new InvalidFieldException(spec.name(), "must be " + min + " to " + max + ": " + days);
                }
                return;
            default:
                // the value's own type has checked it (AccountNumber, CardNumber) or any text will do
        }
    }

    /**
     * Refuses text longer than the spec's limit. The length is what the message says, never the text: a
     * 10 MB description is named by its size alone.
     */
    private static void checkMaxLength(FieldSpec spec, String value) {
        int max = spec.limits().maxLength();
        // length() counts UTF-16 units, never fewer than code points, so the exact count is needed only past it
        if (value.length() > max) {
            int characters = value.codePointCount(0, value.length());
            if (characters > max) {
                throw new InvalidFieldException(spec.name(), "is " + characters + " characters long, more than the limit of "
                        + max);
            }
        }
    }

    /**
     * A value as messages quote it: at most {@link #QUOTED_LENGTH} characters of it, so a broken line never
     * comes back whole (it may be a key file given by mistake, or megabytes long), with every run of 12 or more
     * digits shown by its last four (a refused value is often a card number with a typo, which Luhn would miss).
     */
    static String quoted(Object value) {
        // masked whole before it is cut: a cut could leave a card number too short to be recognised
        String text = Redaction.maskDigitRuns(String.valueOf(value));
        if (text.length() <= QUOTED_LENGTH) {
            return "'" + text + "'";
        }
        int end = Character.isHighSurrogate(text.charAt(QUOTED_LENGTH - 1)) ? QUOTED_LENGTH - 1 : QUOTED_LENGTH;
        return "'" + text.substring(0, end) + "…' (" + text.length() + " characters)";
    }

    /** An amount: present, greater than zero, and within the spec's range when in RUR. */
    static void checkAmount(FieldSpec spec, Money amount, String layoutTitle) {
        if (amount == null) {
            throw new InvalidFieldException(spec.name(), "is required");
        }
        if (!amount.isPositive()) {
            throw new InvalidFieldException(spec.name(), "must be greater than zero: " + amount.toWire());
        }
        Optional<BigDecimal> min = spec.limits().min();
        Optional<BigDecimal> max = spec.limits().max();
        // limits in RUR apply only when the order is in RUR; other currencies are converted by the server
        if (min.isPresent() && max.isPresent() && amount.currency().equals(Currency.RUR)) {
            BigDecimal value = amount.amount();
            if (value.compareTo(min.get()) < 0 || value.compareTo(max.get()) > 0) {
                throw new InvalidFieldException(spec.name(), amount.toWire() + " RUR is outside the " + layoutTitle
                        + " limits " + min.get().toPlainString() + " to " + max.get().toPlainString() + " RUR");
            }
        }
    }

    private static String digitCount(FieldSpec.Limits limits) {
        return limits.minLength() == limits.maxLength() ? Integer.toString(limits.minLength())
                : limits.minLength() + " to " + limits.maxLength();
    }

    private static boolean digits(String value, FieldSpec.Limits limits) {
        return value.length() >= limits.minLength() && value.length() <= limits.maxLength() && asciiDigits(value, 0);
    }

    /**
     * Something, {@code @}, something with a dot inside: {@code [^@\s;]+@[^@\s;]+\.[^@\s;]+} written as
     * one loop, because it runs for every SBP line of a batch of a hundred thousand.
     */
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

    /** {@code [A-Z][0-9]{12}}: the purse type letter and twelve digits. */
    private static boolean isPurse(String purse) {
        return purse.length() == 13 && purse.charAt(0) >= 'A' && purse.charAt(0) <= 'Z' && asciiDigits(purse, 1);
    }

    private static boolean isCountry(String country) {
        return country.length() == 2 && upper(country.charAt(0)) && upper(country.charAt(1));
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
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
}
