package io.capitalist4j.testkit.api2;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;

/**
 * Crypto deposit addresses (reference §4.9): made up, deterministic, and different in every 8-hour slot of the
 * sandbox clock (the reference guarantees an address for at most 8 hours). They look like addresses of their chain
 * but hold nothing.
 */
final class DepositAddresses {

    static final List<String> CURRENCIES = List.of("BTC", "ETH", "USDT", "USDC", "USDTt", "USDCb", "USDTb");
    private static final long SLOT_MILLIS = 8L * 3600 * 1000;
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private DepositAddresses() {
    }

    static String forCurrency(String currency, String apiKey, Instant now) {
        byte[] h = hash("deposit|" + currency + "|" + apiKey + "|" + now.toEpochMilli() / SLOT_MILLIS);
        switch (currency) {
            case "BTC":
                return "bc1q" + hex(h).substring(0, 38);
            case "USDTt":
                return tron(h);
            default:
                return "0x" + hex(h).substring(0, 40);
        }
    }

    static String autoUsdtTrc20(String account, String apiKey, Instant now) {
        return tron(hash("auto-usdtt|" + account + "|" + apiKey + "|" + now.toEpochMilli() / SLOT_MILLIS));
    }

    /** A blockchain transaction id for an executed crypto payment. */
    static String txId(long documentId) {
        return hex(hash("tx|" + documentId));
    }

    private static String tron(byte[] h) {
        StringBuilder sb = new StringBuilder("T");
        for (int i = 0; i < 33; i++) {
            sb.append(BASE58.charAt((h[i % h.length] & 0xff) % BASE58.length()));
        }
        return sb.toString();
    }

    private static byte[] hash(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02x", b & 0xff));
        }
        return sb.toString();
    }
}
