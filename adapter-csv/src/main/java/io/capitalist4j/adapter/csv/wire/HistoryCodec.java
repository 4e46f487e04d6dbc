package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.domain.document.HistoryEntry;
import io.capitalist4j.domain.document.HistoryPage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * get_documents_history_ext, JSON only: {@code pages} and {@code history[]}. {@code batch} is an object
 * (whose {@code id} is the mass payment) or null; {@code tax}, {@code destAmount}, {@code destCurrency}
 * may be null.
 *
 * <p>An older server writes each entry in another shape (reference §6.6, "Older format"): {@code number},
 * {@code date} as {@code dd.MM.yyyy HH:mm:ss}, {@code state} localized with {@code state_code} beside it,
 * {@code corrDetails}, {@code comment}, a signed {@code amount} (negative = outgoing) and {@code description}; no id,
 * account or currency. Such an entry is read into the same {@link HistoryEntry}: the missing texts empty, the amount
 * without its sign and {@code outgoing} from the sign, the date read in Moscow time (the server's zone).
 */
final class HistoryCodec {

    private HistoryCodec() {
    }

    static HistoryPage fromJson(JsonNode data) {
        Json.requireObject(data, "data");
        JsonNode pages = Json.object(data, "pages");
        List<HistoryEntry> entries = new ArrayList<>();
        for (JsonNode h : Json.array(data, "history")) {
            Json.requireObject(h, "history[]");
            if (isOlderFormat(h)) {
                entries.add(older(h));
                continue;
            }
            entries.add(new HistoryEntry(Json.text(h, "number"), Json.text(h, "id"), batchId(h),
                    Instant.ofEpochSecond(Json.longInteger(h, "timestamp")), Json.text(h, "state"),
                    Json.textOrEmpty(h, "stateLocalized"), Json.textOrEmpty(h, "channel"),
                    Json.textOrEmpty(h, "correspondent"), Json.textOrEmpty(h, "comment"),
                    Json.textOrEmpty(h, "account"), Json.decimal(h, "amount"), Json.optDecimal(h, "tax"),
                    Json.text(h, "currency"), Json.optDecimal(h, "destAmount"), Json.optText(h, "destCurrency"),
                    Json.textOrEmpty(h, "description"), Json.flagOrFalse(h, "outgoing"),
                    Json.flagOrFalse(h, "selfExchange")));
        }
        return new HistoryPage(Json.integer(pages, "itemCount"), Json.integer(pages, "pageCount"),
                Json.integer(pages, "pageSize"), Json.integer(pages, "currentPage"),
                Json.integer(pages, "currentPageCount"), entries);
    }

    /** The older shape: a {@code date} where the newer one has {@code timestamp}. */
    private static boolean isOlderFormat(JsonNode entry) {
        return Json.isAbsent(entry.get("timestamp")) && !Json.isAbsent(entry.get("date"));
    }

    private static HistoryEntry older(JsonNode h) {
        BigDecimal signed = Json.decimal(h, "amount");
        String state = Json.optText(h, "state_code").orElseGet(() -> Json.text(h, "state"));
        return new HistoryEntry(Json.text(h, "number"), Json.textOrEmpty(h, "id"), Optional.empty(), date(h), state,
                Json.textOrEmpty(h, "state"), "", Json.textOrEmpty(h, "corrDetails"), Json.textOrEmpty(h, "comment"),
                "", signed.abs(), Optional.empty(), Json.textOrEmpty(h, "currency"), Optional.empty(), Optional.empty(),
                Json.textOrEmpty(h, "description"), signed.signum() < 0, false);
    }

    private static Instant date(JsonNode h) {
        String text = Json.text(h, "date");
        try {
            return LocalDateTime.parse(text, OLDER_DATE).atZone(SERVER_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date must be dd.MM.yyyy HH:mm:ss: " + Values.shown(text));
        }
    }

    private static final DateTimeFormatter OLDER_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final ZoneId SERVER_ZONE = ZoneId.of("Europe/Moscow");

    private static Optional<String> batchId(JsonNode entry) {
        JsonNode batch = entry.get("batch");
        if (Json.isAbsent(batch) || (batch.isArray() && batch.isEmpty())) {
            return Optional.empty();
        }
        if (!batch.isObject()) {
            throw new IllegalArgumentException("batch must be an object or null, not " + Json.kind(batch));
        }
        return Json.optText(batch, "id");
    }
}
