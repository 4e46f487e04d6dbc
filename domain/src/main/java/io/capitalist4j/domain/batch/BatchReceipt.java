package io.capitalist4j.domain.batch;

import io.capitalist4j.domain.money.Currency;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What import_batch_advanced answered: the batch id, the accepted amount, fee and net amount per source
 * currency, and the lines it rejected (the batch is created for the others).
 */
public record BatchReceipt(BatchId id, Map<Currency, BigDecimal> summary, Map<Currency, BigDecimal> fee,
                           Map<Currency, BigDecimal> nettoSummary, List<LineRejection> rejections) {

    public BatchReceipt {
        Objects.requireNonNull(id, "id");
        summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
        fee = Collections.unmodifiableMap(new LinkedHashMap<>(fee));
        nettoSummary = Collections.unmodifiableMap(new LinkedHashMap<>(nettoSummary));
        rejections = List.copyOf(rejections);
    }
}
