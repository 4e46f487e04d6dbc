package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a field of a batch line holds. The kind fixes how the field's text becomes a value of the order record
 * and back, and the checks every field of that kind gets; a {@link FieldSpec} adds the field's own limits.
 */
public enum FieldKind {
    /** The first field of every line: the {@link Opcode}'s name. */
    OPCODE(Opcode.class),
    /** A Capitalist account number ({@link AccountNumber}). */
    ACCOUNT(AccountNumber.class),
    /** A bank card number ({@link CardNumber}: 12 to 19 digits passing the Luhn check). */
    CARD(CardNumber.class),
    /** A phone number: ASCII digits with the country code and no {@code +}; the spec gives the digit count. */
    PHONE(String.class),
    /** An e-mail address. */
    EMAIL(String.class),
    /** A Brazilian CPF: 11 digits. */
    CPF(String.class),
    /** A WebMoney purse: the purse type letter and 12 digits. */
    PURSE(String.class),
    /** A beneficiary bank by its code in the batch format ({@link SbpBank}). */
    BANK_ID(SbpBank.class),
    /**
     * An amount, greater than zero, with the currency's scale. It fills a {@link Money} together with the
     * {@link #CURRENCY} field right after it; a layout without that field takes the currency from the reader.
     * A spec's range is in RUR and holds only for orders in RUR (other currencies are converted by the server).
     */
    AMOUNT(Money.class),
    /** The currency code of the {@link #AMOUNT} right before it. */
    CURRENCY(null),
    /** Free text: a name, a description, a payment number, a method. */
    TEXT(String.class),
    /** A date, {@code YYYY-MM-DD}. */
    DATE(LocalDate.class),
    /** A month {@code 01} to {@code 12}; with the {@link #YEAR} field right after it, it fills a {@link YearMonth}. */
    MONTH(YearMonth.class),
    /** A four-digit year, the year of the {@link #MONTH} right before it. */
    YEAR(null),
    /** An ISO 3166 alpha-2 country code such as {@code DE}. */
    COUNTRY(String.class),
    /** A whole number of days; the spec gives the range. */
    DAYS(Integer.class);

    private final Class<?> valueType;

    FieldKind(Class<?> valueType) {
        this.valueType = valueType;
    }

    /**
     * The type of the record component a field of this kind fills, or null for a kind that only completes the
     * field before it ({@link #CURRENCY}, {@link #YEAR}).
     */
    Class<?> valueType() {
        return valueType;
    }
}
