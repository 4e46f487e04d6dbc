package io.capitalist4j.adapter.cli;

import io.capitalist4j.domain.auth.Redaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How values are shown to people and programs: amounts as written, times in UTC, card numbers masked. */
final class Shown {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private Shown() {
    }

    /** A beneficiary as shown: a card number, wherever it stands, keeps only its first six and last four digits. */
    static String beneficiary(String text) {
        return Redaction.maskCardNumbers(text);
    }

    /** The plain decimal with its scale: never an exponent, never rounded. */
    static String amount(BigDecimal amount) {
        return amount.toPlainString();
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }
}
