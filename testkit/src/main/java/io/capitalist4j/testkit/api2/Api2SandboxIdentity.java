package io.capitalist4j.testkit.api2;

import java.util.List;

/**
 * The fixed, published API2 sandbox identity. These are test values for a fake server; they are deliberately
 * public and must never be used anywhere real. The secret is the one of the public signature vectors
 * ({@code api2-signatures.json}), and two accounts carry the vectors' numbers, so the vectors' requests are
 * accepted as they are.
 */
public final class Api2SandboxIdentity {

    public static final String API_KEY = "test-only-api2-key-NOT-REAL-0001";
    public static final String API_SECRET = "test-only-api2-secret-NOT-REAL-0001";

    public static final String RUR_ACCOUNT = "R0123505";
    public static final String USD_ACCOUNT = "U0123504";
    public static final String EUR_ACCOUNT = "E0123506";
    public static final String BTC_ACCOUNT = "B0123507";
    public static final String USDTT_ACCOUNT = "T0123508";

    /** The one instance, for parameter injection; the constants are the same. */
    public static final Api2SandboxIdentity INSTANCE = new Api2SandboxIdentity();

    private Api2SandboxIdentity() {
    }

    public String apiKey() {
        return API_KEY;
    }

    /** The API secret; a test value, public on purpose. */
    public String apiSecret() {
        return API_SECRET;
    }

    /** The accounts with their opening balances. */
    public static List<Api2Account> accounts() {
        return List.of(
                Api2Account.of(RUR_ACCOUNT, "RUR", "Sandbox RUR", "1000000.00"),
                Api2Account.of(USD_ACCOUNT, "USD", "Sandbox USD", "100000.00"),
                Api2Account.of(EUR_ACCOUNT, "EUR", "Sandbox EUR", "100000.00"),
                Api2Account.of(BTC_ACCOUNT, "BTC", "Sandbox BTC", "10.00000000"),
                Api2Account.of(USDTT_ACCOUNT, "USDTt", "Sandbox USDT TRC-20", "100000.00000000"));
    }

    @Override
    public String toString() {
        return "Api2SandboxIdentity[" + API_KEY + "]";
    }
}
