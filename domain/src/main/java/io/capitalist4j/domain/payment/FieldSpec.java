package io.capitalist4j.domain.payment;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The description of one field of a batch line: its name (as {@link PaymentOrder#fields()} names it), what it
 * holds, whether it may be empty or left off, and its limits. A {@link LineLayout} is an ordered list of these.
 *
 * @param requiredFor the opcodes for which a {@link Presence#MAY_BE_EMPTY} field may not be empty
 */
public record FieldSpec(String name, FieldKind kind, Presence presence, Set<Opcode> requiredFor, Limits limits) {

    /**
     * The longest free text field, in characters (code points). The reference states no length for any field;
     * this is our limit (docs/protocol-notes.md), so that a runaway value is refused before anything is sent.
     * A layout may set another one per field with {@link #maxLength(int)}.
     */
    public static final int DEFAULT_TEXT_MAX_LENGTH = 255;
    /** The longest e-mail address: 254 characters, the limit of RFC 5321 for a path. */
    public static final int EMAIL_MAX_LENGTH = 254;

    /** Whether a field must hold a value. */
    public enum Presence {
        /** Every line has a value here. */
        REQUIRED,
        /** The field is always written but may be empty, except for the opcodes in {@link #requiredFor()}. */
        MAY_BE_EMPTY,
        /**
         * The field may be left off the end of the line. Such fields close the layout and go together: a line
         * has all of them or none.
         */
        MAY_BE_OMITTED
    }

    /**
     * Limits beyond what the kind itself demands: a number of characters (digits of a phone number) and a
     * range of values (days; an amount in RUR). Empty bounds do not limit.
     */
    public record Limits(int minLength, int maxLength, Optional<BigDecimal> min, Optional<BigDecimal> max) {

        public static final Limits NONE = new Limits(0, Integer.MAX_VALUE, Optional.empty(), Optional.empty());

        public Limits {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            if (minLength < 0 || maxLength < minLength) {
                throw new IllegalArgumentException("bad length limits " + minLength + " to " + maxLength);
            }
        }

        static Limits length(int min, int max) {
            return new Limits(min, max, Optional.empty(), Optional.empty());
        }

        static Limits range(String min, String max) {
            return new Limits(0, Integer.MAX_VALUE, Optional.of(new BigDecimal(min)), Optional.of(new BigDecimal(max)));
        }
    }

    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(presence, "presence");
        requiredFor = requiredFor.isEmpty() ? Set.of() : Set.copyOf(requiredFor);
        Objects.requireNonNull(limits, "limits");
        if (!requiredFor.isEmpty() && presence != Presence.MAY_BE_EMPTY) {
            throw new IllegalArgumentException(name + ": only a field that may be empty can be required for some opcodes");
        }
    }

    private static FieldSpec required(String name, FieldKind kind) {
        return new FieldSpec(name, kind, Presence.REQUIRED, Set.of(), Limits.NONE);
    }

    public static FieldSpec opcode() {
        return required("opcode", FieldKind.OPCODE);
    }

    public static FieldSpec account(String name) {
        return required(name, FieldKind.ACCOUNT);
    }

    public static FieldSpec card(String name) {
        return required(name, FieldKind.CARD);
    }

    public static FieldSpec phone(String name, int minDigits, int maxDigits) {
        return new FieldSpec(name, FieldKind.PHONE, Presence.REQUIRED, Set.of(), Limits.length(minDigits, maxDigits));
    }

    public static FieldSpec email(String name) {
        return new FieldSpec(name, FieldKind.EMAIL, Presence.REQUIRED, Set.of(), Limits.length(0, EMAIL_MAX_LENGTH));
    }

    public static FieldSpec cpf(String name) {
        return new FieldSpec(name, FieldKind.CPF, Presence.REQUIRED, Set.of(), Limits.length(11, 11));
    }

    public static FieldSpec purse(String name) {
        return required(name, FieldKind.PURSE);
    }

    public static FieldSpec bankId(String name) {
        return required(name, FieldKind.BANK_ID);
    }

    public static FieldSpec amount(String name) {
        return required(name, FieldKind.AMOUNT);
    }

    public static FieldSpec currency(String name) {
        return required(name, FieldKind.CURRENCY);
    }

    /** Free text of at most {@link #DEFAULT_TEXT_MAX_LENGTH} characters. */
    public static FieldSpec text(String name) {
        return new FieldSpec(name, FieldKind.TEXT, Presence.REQUIRED, Set.of(), Limits.length(0, DEFAULT_TEXT_MAX_LENGTH));
    }

    public static FieldSpec date(String name) {
        return required(name, FieldKind.DATE);
    }

    public static FieldSpec month(String name) {
        return required(name, FieldKind.MONTH);
    }

    public static FieldSpec year(String name) {
        return required(name, FieldKind.YEAR);
    }

    public static FieldSpec country(String name) {
        return required(name, FieldKind.COUNTRY);
    }

    public static FieldSpec days(String name, int min, int max) {
        return new FieldSpec(name, FieldKind.DAYS, Presence.REQUIRED, Set.of(),
                Limits.range(Integer.toString(min), Integer.toString(max)));
    }

    /** This field, allowed to be empty. */
    public FieldSpec mayBeEmpty() {
        return new FieldSpec(name, kind, Presence.MAY_BE_EMPTY, Set.of(), limits);
    }

    /** This field, allowed to be empty except for {@code opcodes}. */
    public FieldSpec mayBeEmptyExceptFor(Opcode first, Opcode... more) {
        return new FieldSpec(name, kind, Presence.MAY_BE_EMPTY, EnumSet.of(first, more), limits);
    }

    /** This field, allowed to be left off the end of the line with the other such fields. */
    public FieldSpec mayBeOmitted() {
        return new FieldSpec(name, kind, Presence.MAY_BE_OMITTED, Set.of(), limits);
    }

    /** This text or e-mail field, at most {@code characters} long (counted in code points). */
    public FieldSpec maxLength(int characters) {
        if (kind != FieldKind.TEXT && kind != FieldKind.EMAIL) {
            throw new IllegalStateException(name + " is not a text field");
        }
        return new FieldSpec(name, kind, presence, requiredFor, Limits.length(limits.minLength(), characters));
    }

    /** This amount, limited to {@code min} to {@code max} when the order is in RUR. */
    public FieldSpec rurBetween(String min, String max) {
        if (kind != FieldKind.AMOUNT) {
            throw new IllegalStateException(name + " is not an amount");
        }
        return new FieldSpec(name, kind, presence, requiredFor, Limits.range(min, max));
    }

    /** Whether this field may be empty for an order of {@code opcode}. */
    public boolean mayBeEmptyFor(Opcode opcode) {
        return presence == Presence.MAY_BE_EMPTY && !requiredFor.contains(opcode);
    }
}
