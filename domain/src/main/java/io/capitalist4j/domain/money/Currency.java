package io.capitalist4j.domain.money;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A currency as the Capitalist API names it ({@code RUR}, not {@code RUB}; crypto codes such as {@code BTC}).
 * The scale is the number of decimal places an amount in this currency carries on the wire. API2 names a token on
 * another network with one lower-case letter after the code ({@code USDTt} on TRC-20, {@code USDTb} and
 * {@code USDCb} on BEP-20); such a code is a currency of its own, with its token's scale.
 */
public record Currency(String code, int scale) {

    // Declared before the constants: their construction validates against it.
    private static final Pattern CODE = Pattern.compile("[A-Z]{3,5}[a-z]?");

    public static final Currency RUR = new Currency("RUR", 2);
    public static final Currency USD = new Currency("USD", 2);
    public static final Currency EUR = new Currency("EUR", 2);
    public static final Currency UAH = new Currency("UAH", 2);
    public static final Currency KZT = new Currency("KZT", 2);
    public static final Currency BTC = new Currency("BTC", 8);
    public static final Currency ETH = new Currency("ETH", 8);
    public static final Currency USDT = new Currency("USDT", 2);
    public static final Currency USDC = new Currency("USDC", 2);
    /** API2: USDT on TRC-20 (Tron). */
    public static final Currency USDT_TRC20 = new Currency("USDTt", 2);
    /** API2: USDT on BEP-20 (Binance Smart Chain). */
    public static final Currency USDT_BEP20 = new Currency("USDTb", 2);
    /** API2: USDC on BEP-20 (Binance Smart Chain). */
    public static final Currency USDC_BEP20 = new Currency("USDCb", 2);

    /** Scale given to a code we have no fact for: the common fiat scale. */
    public static final int DEFAULT_SCALE = 2;

    private static final Map<String, Currency> KNOWN = Map.ofEntries(
            Map.entry("RUR", RUR), Map.entry("USD", USD), Map.entry("EUR", EUR), Map.entry("UAH", UAH),
            Map.entry("KZT", KZT), Map.entry("BTC", BTC), Map.entry("ETH", ETH), Map.entry("USDT", USDT),
            Map.entry("USDC", USDC), Map.entry("USDTt", USDT_TRC20), Map.entry("USDTb", USDT_BEP20),
            Map.entry("USDCb", USDC_BEP20));

    public Currency {
        Objects.requireNonNull(code, "currency code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("currency code must be 3 to 5 upper-case letters, optionally one lower-case network letter: '" + code + "'");
        }
        if (scale < 0 || scale > 18) {
            throw new IllegalArgumentException("currency scale out of range for " + code + ": " + scale);
        }
    }

    /** The known currency for this code, or a currency with {@link #DEFAULT_SCALE} for an unknown code. */
    public static Currency of(String code) {
        Currency known = KNOWN.get(code);
        return known != null ? known : new Currency(code, DEFAULT_SCALE);
    }

    public boolean isKnown() {
        return KNOWN.containsKey(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
