package io.capitalist4j.domain.api2;

import java.util.Objects;

/**
 * A crypto address to top up an account. Temporary: the server guarantees it for at most 8 hours and asks that it
 * not be stored.
 */
public record DepositAddress(String address) {
    public DepositAddress {
        Objects.requireNonNull(address, "address");
        if (address.isBlank()) {
            throw new IllegalArgumentException("address is blank");
        }
    }
}
