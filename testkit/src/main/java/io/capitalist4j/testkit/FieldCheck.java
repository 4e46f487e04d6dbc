package io.capitalist4j.testkit;

import io.capitalist4j.domain.money.Money;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the sandbox checks in one field of an uploaded line, written from the reference (§7.2, §7.3, §8) and
 * from what real clients send, never from the client's own validation. Each check gives the reason a line is
 * refused, or nothing. Amounts are checked with the currency in {@link UploadReader}, which knows it.
 */
enum FieldCheck {
    OPCODE(t -> Optional.empty()),
    /** Any text, also empty: the holder details WORLDCARDEUR and WORLDCARDUSD lines may leave out. */
    ANY(t -> Optional.empty()),
    TEXT(t -> t.isBlank() ? Optional.of("is required") : Optional.empty()),
    /** §8: one currency letter and digits, e.g. R0100271. */
    ACCOUNT(t -> matches(t, "[A-Z][0-9]{1,14}", "is not a Capitalist account number (a letter and digits, e.g. R0100271)")),
    CARD(FieldCheck::card),
    /** §7.2 SBP: digits with the country code, no '+'. */
    PHONE(t -> matches(t, "[0-9]{10,15}", "must be 10 to 15 digits with the country code and no '+'")),
    /** WebMoney purses in the peers' examples: the purse type letter and twelve digits (Z112224443331). */
    PURSE(t -> matches(t, "[A-Z][0-9]{12}", "must be a letter and 12 digits, e.g. Z112224443331")),
    /** §7.3 BRBANK: the CPF, 11 digits. */
    CPF(t -> matches(t, "[0-9]{11}", "must be 11 digits")),
    EMAIL(t -> matches(t, "[^@\\s;]+@[^@\\s;]+\\.[^@\\s;]+", "is not an e-mail address")),
    AMOUNT(FieldCheck::decimal),
    /** RUR, USD, EUR, BTC, USDT …: upper-case letters (§8). */
    CURRENCY(t -> matches(t, "[A-Z]{3,5}", "is not a currency code such as RUR")),
    /** The codes of the §7.2 bank table. */
    SBP_BANK(FieldCheck::sbpBank),
    DATE(t -> t.isEmpty() ? Optional.of("is required") : date(t)),
    DATE_OR_EMPTY(t -> t.isEmpty() ? Optional.empty() : date(t)),
    COUNTRY(t -> matches(t, "[A-Z]{2}", "must be an ISO 3166 alpha-2 code such as DE")),
    COUNTRY_OR_EMPTY(t -> t.isEmpty() ? Optional.empty() : matches(t, "[A-Z]{2}", "must be an ISO 3166 alpha-2 code such as DE")),
    MONTH(t -> matches(t, "0[1-9]|1[0-2]", "must be a two-digit month 01 to 12")),
    YEAR(t -> matches(t, "[1-9][0-9]{3}", "must be a four-digit year")),
    /** The WebMoney protection period: 1 to 120 days. */
    DAYS(t -> matches(t, "[0-9]{1,3}", "must be a number of days 1 to 120").or(() ->
            Integer.parseInt(t) < 1 || Integer.parseInt(t) > 120 ? Optional.of("must be 1 to 120: " + t) : Optional.empty()));

    static final List<String> SBP_BANKS = List.of("Sberbank", "VTB", "AlfaBank", "Tinkoff", "Raiffeisen", "SKB",
            "RSHB", "RB", "PSB", "OTK", "GPB");

    private interface Rule {
        Optional<String> problem(String text);
    }

    private final Rule rule;

    FieldCheck(Rule rule) {
        this.rule = rule;
    }

    Optional<String> problem(String text) {
        return rule.problem(text);
    }

    private static Optional<String> matches(String text, String regex, String reason) {
        return Pattern.matches(regex, text) ? Optional.empty() : Optional.of(reason + ": '" + shown(text) + "'");
    }

    /** Card numbers are shown by their last four digits only, even in a test double. */
    private static String shown(String text) {
        return text.length() > 11 && text.chars().allMatch(Character::isDigit)
                ? "*".repeat(text.length() - 4) + text.substring(text.length() - 4) : text;
    }

    private static Optional<String> card(String text) {
        if (!Pattern.matches("[0-9]{12,19}", text)) {
            return Optional.of("must be 12 to 19 digits (" + shown(text) + ")");
        }
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            int d = text.charAt(text.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0 ? Optional.empty() : Optional.of("fails the Luhn check (" + shown(text) + ")");
    }

    private static Optional<String> sbpBank(String text) {
        return SBP_BANKS.contains(text) ? Optional.empty() : Optional.of("unknown SBP bank code '" + text + "'");
    }

    private static Optional<String> decimal(String text) {
        try {
            return Money.parseDecimal(text).signum() > 0 ? Optional.empty()
                    : Optional.of("must be greater than zero: " + text);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Optional<String> date(String text) {
        try {
            LocalDate.parse(text);
            return text.length() == 10 ? Optional.empty() : Optional.of("is not a date YYYY-MM-DD");
        } catch (DateTimeParseException e) {
            return Optional.of("is not a date YYYY-MM-DD");
        }
    }
}
