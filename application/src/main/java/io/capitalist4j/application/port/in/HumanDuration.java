package io.capitalist4j.application.port.in;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Durations as a person writes them: {@code 300 ms}, {@code 5 s}, {@code 1.5 s}, {@code 2 min 5 s},
 * {@code 1 h 30 min}. The library's messages (a recovery's reasons) and the CLI's output both use it.
 */
public final class HumanDuration {

    private HumanDuration() {
    }

    /**
     * @param d any duration; a negative one reads with a leading {@code -}
     * @return the duration in the largest units that fit, milliseconds below a second
     */
    public static String of(Duration d) {
        if (d.isNegative()) {
            return "-" + of(d.negated());
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
