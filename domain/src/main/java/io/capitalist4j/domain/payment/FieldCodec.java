package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A field's text to its value and back, by kind. Reading fails with an {@link InvalidFieldException} naming the
 * field; writing formats nothing that is already text, so writing a line allocates only for dates and numbers.
 */
final class FieldCodec {

    /** {@code 01} to {@code 12} at the index of the month: ASCII digits whatever the default locale. */
    private static final String[] MONTHS = {null, "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"};

    private FieldCodec() {
    }

    /** The value of a field that fills a record component alone (or of a currency). */
    static Object read(FieldSpec spec, String text) {
        try {
            return parse(spec, text);
        } catch (InvalidFieldException e) {
            throw e;
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(spec.name(), "is not a date YYYY-MM-DD");
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(spec.name(), e.getMessage());
        }
    }

    private static Object parse(FieldSpec spec, String text) {
        switch (spec.kind()) {
            case ACCOUNT:
                return AccountNumber.of(text);
            case CARD:
                return CardNumber.of(text);
            case BANK_ID:
                return SbpBank.ofCode(text).orElseThrow(() ->
                        new IllegalArgumentException("unknown SBP bank code " + Rules.quoted(text)));
            case CURRENCY:
                return Currency.of(text);
            case DATE:
                return LocalDate.parse(text);
            case DAYS:
                return days(spec, text);
            case PHONE: case EMAIL: case CPF: case PURSE: case TEXT: case COUNTRY:
                return text;
            default:
                throw new IllegalStateException(spec.name() + ": a " + spec.kind() + " field is read with its neighbour");
        }
    }

    static Money money(FieldSpec amount, String text, Currency currency) {
        try {
            return Money.of(text, currency);
        } catch (InvalidFieldException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(amount.name(), e.getMessage());
        }
    }

    /** ASCII digits only: Integer.parseInt alone would also take "+5" and non-ASCII digits such as "٥". */
    private static Integer days(FieldSpec spec, String text) {
        String min = spec.limits().min().orElseThrow().toPlainString();
        String max = spec.limits().max().orElseThrow().toPlainString();
        if (text.isEmpty() || text.length() > max.length() || !Rules.asciiDigits(text, 0)) {
            throw new IllegalArgumentException("must be a number of days " + min + " to " + max + ": " + Rules.quoted(text));
        }
        return Integer.valueOf(text);
    }

    static int month(FieldSpec spec, String text) {
        boolean twoDigits = text.length() == 2 && Rules.asciiDigits(text, 0);
        int month = twoDigits ? Integer.parseInt(text) : 0;
        if (month < 1 || month > 12) {
            throw new InvalidFieldException(spec.name(), "must be a two-digit month 01 to 12: " + Rules.quoted(text));
        }
        return month;
    }

    static int year(FieldSpec spec, String text) {
        if (text.length() != 4 || !Rules.asciiDigits(text, 0)) {
            throw new InvalidFieldException(spec.name(), "must be a four-digit year: " + Rules.quoted(text));
        }
        return Integer.parseInt(text);
    }

    /** The wire text of a value of a field that fills a record component alone. */
    static String write(FieldKind kind, Object value) {
        switch (kind) {
            case OPCODE:
                return ((Opcode) value).name();
            case ACCOUNT:
                return ((AccountNumber) value).value();
            case CARD:
                return ((CardNumber) value).digits();
            case BANK_ID:
                return ((SbpBank) value).code();
            case DATE: case DAYS:
                // LocalDate and Integer write ASCII digits whatever the default locale
                return value.toString();
            default:
                return (String) value;
        }
    }

    static String month(int month) {
        return MONTHS[month];
    }
}
