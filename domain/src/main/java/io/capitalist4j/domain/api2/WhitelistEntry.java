package io.capitalist4j.domain.api2;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An entry of the API2 IP whitelist: an exact IPv4 address or one with {@code *} as its last octet
 * ({@code 127.0.0.*}).
 */
public record WhitelistEntry(String value) {

    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
    private static final Pattern FORMAT = Pattern.compile(OCTET + "\\." + OCTET + "\\." + OCTET + "\\.(" + OCTET
            + "|\\*)");

    public WhitelistEntry {
        Objects.requireNonNull(value, "whitelist entry");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("whitelist entry must be an IPv4 address, optionally with * as the"
                    + " last octet (e.g. 203.0.113.7 or 127.0.0.*): '" + value + "'");
        }
    }

    public static WhitelistEntry of(String value) {
        return new WhitelistEntry(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
