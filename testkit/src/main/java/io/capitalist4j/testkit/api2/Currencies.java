package io.capitalist4j.testkit.api2;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/** The currency codes of reference §9.1, case-sensitive, with the scale balances are kept at (2 fiat, 8 crypto). */
final class Currencies {

    static final List<String> CODES = List.of("RUR", "USD", "EUR", "BTC", "ETH", "USDT", "USDTt", "USDTb", "USDC",
            "USDCb");
    private static final Set<String> FIAT = Set.of("RUR", "USD", "EUR");

    private Currencies() {
    }

    static boolean isKnown(String code) {
        return CODES.contains(code);
    }

    static int scale(String code) {
        return FIAT.contains(code) ? 2 : 8;
    }

    static BigDecimal scaled(String code, BigDecimal value) {
        return value.setScale(scale(code), RoundingMode.HALF_UP);
    }
}
