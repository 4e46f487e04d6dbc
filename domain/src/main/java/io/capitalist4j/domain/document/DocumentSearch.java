package io.capitalist4j.domain.document;

import java.util.Objects;
import java.util.Optional;

/** documents_search parameters: the period and optionally your payment number ({@code customNumber}). */
public record DocumentSearch(Period period, Optional<String> customNumber) {
    public DocumentSearch {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(customNumber, "customNumber");
    }
}
