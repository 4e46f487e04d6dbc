package io.capitalist4j.adapter.cli;

import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.document.DocumentStateFilter;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.domain.fee.DocumentType;
import io.capitalist4j.domain.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Option values in the API's own notation; a bad value becomes a usage error (exit 2) naming the option. The
 * domain types validate; these only connect them to picocli.
 */
final class Converters {

    private Converters() {
    }

    static void register(CommandLine commandLine) {
        commandLine.registerConverter(LocalDate.class, plain(Period::parseDate))
                .registerConverter(AccountNumber.class, plain(AccountNumber::of))
                .registerConverter(BatchId.class, plain(BatchId::of))
                .registerConverter(BigDecimal.class, plain(Money::parseDecimal))
                .registerConverter(DocumentStateFilter.class, plain(DocumentStateFilter::ofWire))
                .registerConverter(DocumentType.class, Converters::documentType)
                .registerConverter(Duration.class, Converters::duration)
                .registerConverter(JournalState.class, plain(JournalState::fromLabel));
    }

    /**
     * The domain's own message as the usage error: picocli would otherwise add the Java exception class
     * ("cannot convert … (java.lang.IllegalArgumentException: …)").
     */
    private static <T> CommandLine.ITypeConverter<T> plain(java.util.function.Function<String, T> parse) {
        return text -> {
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        };
    }

    static DocumentType documentType(String name) {
        return DocumentType.find(name).orElseThrow(() -> new CommandLine.TypeConversionException(
                "unknown document type '" + name + "' (e.g. internal, RUCARD, SBP, WM, WORLDCARD, BITCOIN)"));
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

    /** {@code 500ms}, {@code 5s}, {@code 10m}, {@code 1h}, or ISO-8601 such as {@code PT5S}. */
    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            switch (m.group(2)) {
                case "ms": return Duration.ofMillis(n);
                case "s": return Duration.ofSeconds(n);
                case "m": return Duration.ofMinutes(n);
                default: return Duration.ofHours(n);
            }
        }
        try {
            return Duration.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a duration such as 500ms, 5s, 10m or 1h");
        }
    }

    /**
     * A period from optional ends: a missing end is today in the API's zone (Moscow), a missing start is
     * {@code days} before the end.
     */
    static Period period(LocalDate from, LocalDate to, int days) {
        LocalDate end = to != null ? to : Period.today(java.time.Clock.systemUTC());
        LocalDate start = from != null ? from : end.minusDays(days);
        return Period.of(start, end);
    }
}
