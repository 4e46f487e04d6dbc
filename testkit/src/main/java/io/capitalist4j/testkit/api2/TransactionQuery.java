package io.capitalist4j.testkit.api2;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The query of {@code GET /v1/transactions} (reference §4.8): {@code limit} (default 100, at least 1),
 * {@code offset} (default 0, not negative), {@code periodStart} (inclusive) and {@code periodEnd} (exclusive) as
 * ISO 8601 instants, offset date-times, zone-less date-times or dates (zone-less read as UTC), {@code transactionId}.
 * Empty values count as absent, as the sample clients leave zero filters out.
 */
record TransactionQuery(int limit, int offset, Optional<Instant> periodStart, Optional<Instant> periodEnd,
                        OptionalLong transactionId) {

    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    static TransactionQuery parse(Map<String, String> query, int maxLimit) {
        int limit = integer(query, "limit", 100);
        int offset = integer(query, "offset", 0);
        if (limit < 1) {
            throw Api2Error.badRequest("limit: must be at least 1");
        }
        if (maxLimit > 0 && limit > maxLimit) {
            throw Api2Error.badRequest("limit: at most " + maxLimit);
        }
        if (offset < 0) {
            throw Api2Error.badRequest("offset: must not be negative");
        }
        OptionalLong id = OptionalLong.empty();
        String idText = query.get("transactionId");
        if (idText != null && !idText.isEmpty()) {
            try {
                id = OptionalLong.of(Long.parseLong(idText));
            } catch (NumberFormatException e) {
                throw Api2Error.badRequest("transactionId: not a number: " + idText);
            }
        }
        return new TransactionQuery(limit, offset, instant(query, "periodStart"), instant(query, "periodEnd"), id);
    }

    static String format(Instant instant) {
        return OUT.format(instant);
    }

    private static int integer(Map<String, String> query, String name, int fallback) {
        String v = query.get(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw Api2Error.badRequest(name + ": not a number: " + v);
        }
    }

    private static Optional<Instant> instant(Map<String, String> query, String name) {
        String v = query.get(name);
        if (v == null || v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(LocalDateTime.parse(v).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notLocal) {
                try {
                    return Optional.of(LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant());
                } catch (DateTimeParseException notDate) {
                    throw Api2Error.badRequest(name + ": not an ISO 8601 date or date-time: " + v);
                }
            }
        }
    }
}
