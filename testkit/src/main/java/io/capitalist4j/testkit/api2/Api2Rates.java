package io.capitalist4j.testkit.api2;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exchange rates built from one USD value per currency: the rate from {@code a} to {@code b} is the number of
 * units of {@code b} per one unit of {@code a} (reference §14 Q16), 10 significant digits, trailing zeros dropped.
 */
final class Api2Rates {

    static final Map<String, BigDecimal> DEFAULT_USD_VALUES;

    static {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("RUR", new BigDecimal("0.011"));
        m.put("USD", BigDecimal.ONE);
        m.put("EUR", new BigDecimal("1.0842"));
        m.put("BTC", new BigDecimal("60000"));
        m.put("ETH", new BigDecimal("3000"));
        m.put("USDT", BigDecimal.ONE);
        m.put("USDTt", BigDecimal.ONE);
        m.put("USDTb", BigDecimal.ONE);
        m.put("USDC", BigDecimal.ONE);
        m.put("USDCb", BigDecimal.ONE);
        DEFAULT_USD_VALUES = java.util.Collections.unmodifiableMap(m);
    }

    private static final MathContext RATE = new MathContext(10, RoundingMode.HALF_EVEN);

    private final Map<String, BigDecimal> usd;

    Api2Rates(Map<String, BigDecimal> usd) {
        this.usd = Map.copyOf(usd);
    }

    boolean knows(String currency) {
        return usd.containsKey(currency);
    }

    BigDecimal rate(String from, String to) {
        if (from.equals(to)) {
            return BigDecimal.ONE;
        }
        BigDecimal r = usd.get(from).divide(usd.get(to), RATE).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /** {@code amount} of {@code from} in {@code to}, rounded half-up to the scale of {@code to}. */
    BigDecimal convert(BigDecimal amount, String from, String to) {
        if (from.equals(to)) {
            return Currencies.scaled(to, amount);
        }
        BigDecimal exact = amount.multiply(usd.get(from)).divide(usd.get(to), MathContext.DECIMAL128);
        return Currencies.scaled(to, exact);
    }
}
