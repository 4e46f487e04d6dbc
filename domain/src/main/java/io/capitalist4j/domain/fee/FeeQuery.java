package io.capitalist4j.domain.fee;

import io.capitalist4j.domain.account.AccountNumber;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * get_document_fee parameters. {@code destination} only for internal/conversion, {@code wireTag} only for
 * WIRE (server default OUR), {@code usdtNetwork} only for usdt ({@code ethereum} or {@code tron}).
 */
public record FeeQuery(DocumentType type, AccountNumber source, BigDecimal amount, Optional<AccountNumber> destination,
                       Optional<String> wireTag, Optional<String> usdtNetwork) {

    public FeeQuery {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(wireTag, "wireTag");
        Objects.requireNonNull(usdtNetwork, "usdtNetwork");
        if (type.needsDestination() && destination.isEmpty()) {
            throw new IllegalArgumentException("document type " + type.wire() + " needs a destination account");
        }
    }

    public static FeeQuery of(DocumentType type, AccountNumber source, BigDecimal amount) {
        return new FeeQuery(type, source, amount, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public FeeQuery withDestination(AccountNumber dest) {
        return new FeeQuery(type, source, amount, Optional.of(dest), wireTag, usdtNetwork);
    }
}
