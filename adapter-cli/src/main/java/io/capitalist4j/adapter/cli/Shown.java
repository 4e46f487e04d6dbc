package io.capitalist4j.adapter.cli;

import io.capitalist4j.domain.payment.CardNumber;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** How values are shown to people and programs: amounts as written, times in UTC, card numbers masked. */
final class Shown {
    private static final Pattern CARD = Pattern.compile("[0-9]{12,19}");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private Shown() {
    }

    /** A beneficiary as shown: a card number keeps only its last four digits (phones and accounts are shorter). */
    static String beneficiary(String text) {
        return CARD.matcher(text).matches() ? CardNumber.masked(text) : text;
    }

    /** The plain decimal with its scale: never an exponent, never rounded. */
    static String amount(BigDecimal amount) {
        return amount.toPlainString();
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }
}
