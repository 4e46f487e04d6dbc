package io.capitalist4j.domain.account;

import io.capitalist4j.domain.auth.Redaction;
import io.capitalist4j.domain.money.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Capitalist account number: one currency letter and digits, e.g. {@code R0100271}.
 * Known prefixes: R = RUR, U = USD, E = EUR, B = BTC, T = USDT, H = ETH.
 */
public record AccountNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][0-9]{1,14}");

    public AccountNumber {
        Objects.requireNonNull(value, "account number");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "account number must be a currency letter followed by digits, e.g. R0100271: '"
                            + Redaction.maskDigitRuns(value) + "'");
        }
    }

    public static AccountNumber of(String value) {
        return new AccountNumber(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** The currency the prefix letter stands for, when the prefix is one we know. */
    public Optional<Currency> currency() {
        switch (value.charAt(0)) {
            case 'R': return Optional.of(Currency.RUR);
            case 'U': return Optional.of(Currency.USD);
            case 'E': return Optional.of(Currency.EUR);
            case 'B': return Optional.of(Currency.BTC);
            case 'T': return Optional.of(Currency.USDT);
            case 'H': return Optional.of(Currency.ETH);
            default: return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
