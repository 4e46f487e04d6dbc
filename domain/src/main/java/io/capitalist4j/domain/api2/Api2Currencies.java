package io.capitalist4j.domain.api2;

import io.capitalist4j.domain.money.Currency;
import java.util.List;

/** The currency codes API2 documents (reference §9.1), in its order. */
public final class Api2Currencies {

    /** RUR, USD, EUR, BTC, ETH, USDT (ERC-20), USDTt (TRC-20), USDTb (BEP-20), USDC (ERC-20), USDCb (BEP-20). */
    public static final List<Currency> ALL = List.of(Currency.RUR, Currency.USD, Currency.EUR, Currency.BTC,
            Currency.ETH, Currency.USDT, Currency.USDT_TRC20, Currency.USDT_BEP20, Currency.USDC, Currency.USDC_BEP20);

    private Api2Currencies() {
    }
}
