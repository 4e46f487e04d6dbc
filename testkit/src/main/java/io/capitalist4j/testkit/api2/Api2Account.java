package io.capitalist4j.testkit.api2;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One of the sandbox user's own accounts: number (a letter and digits, as in v1), currency code of reference §9.1
 * (exactly as written, e.g. {@code USDTt}), display name and opening balance (written at the currency's scale).
 */
public record Api2Account(String number, String currency, String name, BigDecimal openingBalance) {

    public Api2Account {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(openingBalance, "openingBalance");
        if (!number.matches("[A-Z][0-9]{3,20}")) {
            throw new IllegalArgumentException("an account number is a capital letter and digits: " + number);
        }
        if (!Currencies.isKnown(currency)) {
            throw new IllegalArgumentException("not an API2 currency code (reference §9.1): " + currency);
        }
        if (openingBalance.signum() < 0) {
            throw new IllegalArgumentException("openingBalance must not be negative: " + openingBalance);
        }
        openingBalance = Currencies.scaled(currency, openingBalance);
    }

    public static Api2Account of(String number, String currency, String name, String openingBalance) {
        return new Api2Account(number, currency, name, new BigDecimal(openingBalance));
    }
}
