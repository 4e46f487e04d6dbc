package io.capitalist4j.adapter.api2;

import io.capitalist4j.domain.auth.Secret;
import java.util.Objects;

/**
 * The API key (sent as {@code API-Key} on every request) and the API secret (never sent: it keys the signature).
 * Both come from the personal account's Security section. Neither shows in {@code toString}: the key is an
 * identifier, but together with a leaked signature it names the account; only its last four characters show.
 */
public record Api2Credentials(String apiKey, Secret apiSecret) {

    public Api2Credentials {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(apiSecret, "apiSecret");
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey is blank");
        }
        for (int i = 0; i < apiKey.length(); i++) {
            char c = apiKey.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new IllegalArgumentException("apiKey must be printable ASCII without spaces (it is an HTTP"
                        + " header value)");
            }
        }
        if (apiSecret.isEmpty()) {
            throw new IllegalArgumentException("apiSecret is empty");
        }
    }

    public static Api2Credentials of(String apiKey, Secret apiSecret) {
        return new Api2Credentials(apiKey, apiSecret);
    }

    @Override
    public String toString() {
        int keep = Math.min(4, apiKey.length() / 2);
        return "Api2Credentials[apiKey=***" + apiKey.substring(apiKey.length() - keep) + ", apiSecret=***]";
    }
}
