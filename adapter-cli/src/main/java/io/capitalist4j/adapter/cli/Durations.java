package io.capitalist4j.adapter.cli;

import java.math.BigDecimal;
import java.time.Duration;

/** Durations as a person writes them: {@code 300 ms}, {@code 5 s}, {@code 1.5 s}, {@code 2 min 5 s}, {@code 1 h 30 min}. */
final class Durations {

    private Durations() {
    }

    static String human(Duration d) {
        if (d.isNegative()) {
            return "-" + human(d.negated());
        }
        if (d.compareTo(Duration.ofSeconds(1)) < 0) {
            return d.toMillis() + " ms";
        }
        if (d.compareTo(Duration.ofMinutes(1)) < 0) {
            BigDecimal seconds = BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros();
            return seconds.toPlainString() + " s";
        }
        StringBuilder text = new StringBuilder();
        long days = d.toDays();
        if (days > 0) {
            text.append(days).append(" d ");
        }
        append(text, d.toHoursPart(), "h");
        append(text, d.toMinutesPart(), "min");
        append(text, d.toSecondsPart(), "s");
        return text.toString().strip();
    }

    private static void append(StringBuilder text, int n, String unit) {
        if (n > 0) {
            text.append(n).append(' ').append(unit).append(' ');
        }
    }
}
