package io.capitalist4j.domain.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One document of get_documents_history_ext. */
public record HistoryEntry(String number, String id, Optional<String> batchId, Instant timestamp, String state,
                           String stateLocalized, String channel, String correspondent, String comment,
                           String account, BigDecimal amount, Optional<BigDecimal> tax, String currency,
                           Optional<BigDecimal> destAmount, Optional<String> destCurrency, String description,
                           boolean outgoing, boolean selfExchange) {

    public HistoryEntry {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(stateLocalized, "stateLocalized");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(correspondent, "correspondent");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(destAmount, "destAmount");
        Objects.requireNonNull(destCurrency, "destCurrency");
        Objects.requireNonNull(description, "description");
    }
}
