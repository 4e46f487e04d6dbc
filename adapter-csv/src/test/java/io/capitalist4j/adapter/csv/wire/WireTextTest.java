package io.capitalist4j.adapter.csv.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.capitalist4j.domain.batch.RecordState;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The CSV splitting, the UTF-8 check and the number reading were rewritten for speed (no line strings, no
 * regular expressions, numbers read in place). Each is checked here against the plain version it replaced,
 * kept below as the specification: the same result, or the same failure message, for any input.
 */
class WireTextTest {

    private static final int EXAMPLES = 3_000;

    // ------------------------------------------------------------------ CSV lines and fields

    @Test
    void splitsEveryTextIntoTheRowsTheLineByLineSplitMakes() {
        qt().withExamples(EXAMPLES).forAll(text(";\"\n\r a9é\t\u2028.", 60)).checkAssert(text -> {
            Object expected = outcome(() -> Plain.rows(text));
            Object actual = outcome(() -> {
                List<List<String>> rows = new ArrayList<>();
                int line = 1;
                for (Row row : CsvText.rows(text)) {
                    assertThat(row.line()).isEqualTo(line++);
                    rows.add(row.fields());
                }
                return rows;
            });
            assertThat(actual).as("rows of [%s]", text).isEqualTo(expected);
            if (expected instanceof List) {
                assertThat(CsvText.lines(text)).isEqualTo(Plain.lines(text));
            }
        });
    }

    @Test
    void readsEachFieldOfARowAsTheFieldTextWouldRead() {
        qt().withExamples(EXAMPLES).forAll(text(";\"\n-0123456789.,+ e١", 40)).checkAssert(text -> {
            List<Row> rows;
            try {
                rows = CsvText.rows(text);
            } catch (IllegalArgumentException unsplittable) {
                return;
            }
            for (Row row : rows) {
                for (int i = 0; i <= row.size(); i++) {
                    int index = i;
                    Optional<String> field = index < row.size() ? Optional.of(row.fields().get(index)) : Optional.empty();
                    assertThat(outcome(() -> row.text(index, "f"))).isEqualTo(outcome(() -> field.orElseThrow(
                            () -> new IllegalArgumentException("line " + row.line() + " lacks f (field " + (index + 1) + ")"))));
                    assertThat(outcome(() -> row.recurringText(index, "f"))).isEqualTo(outcome(() -> row.text(index, "f")));
                    assertThat(row.optText(index)).isEqualTo(field.filter(f -> !f.isEmpty()));
                    assertThat(outcome(() -> row.integer(index, "f")))
                            .isEqualTo(outcome(() -> Plain.integer(row.text(index, "f"), "f on line " + row.line())));
                    assertThat(outcome(() -> row.decimal(index, "f")))
                            .isEqualTo(outcome(() -> Plain.decimal(row.text(index, "f"), "f on line " + row.line())));
                    assertThat(outcome(() -> row.optDecimal(index, "f"))).isEqualTo(outcome(() -> field
                            .filter(f -> !f.isEmpty()).map(f -> Plain.decimal(f, "f on line " + row.line()))));
                    assertThat(outcome(() -> row.longInteger(index, "f")))
                            .isEqualTo(outcome(() -> Plain.longInteger(row.text(index, "f"), "f on line " + row.line())));
                }
            }
        });
    }

    @Test
    void splitsALongAnswerWithoutSemicolonsInTimeProportionalToItsLength() {
        // every line but the first is one field: each search for ';' would run to the end of the text
        String text = "0;x\n" + "abc\n".repeat(200_000);
        List<Row> rows = CsvText.rows(text);
        assertThat(rows).hasSize(200_001);
        assertThat(rows.get(200_000).fields()).containsExactly("abc");
    }

    // ------------------------------------------------------------------ UTF-8

    @Test
    void acceptsExactlyTheBodiesTheStrictUtf8DecoderAccepts() {
        Gen<Integer> bytes = integers().between(0, 11).map(i -> new int[] {'a', ';', '\n', 0xC3, 0xA9, 0xD0, 0x80,
            0xED, 0xA0, 0xEF, 0xBF, 0xF0}[i]);
        qt().withExamples(EXAMPLES).forAll(lists().of(bytes).ofSizeBetween(0, 12)).checkAssert(values -> {
            byte[] body = new byte[values.size()];
            for (int i = 0; i < body.length; i++) {
                body[i] = values.get(i).byteValue();
            }
            assertThat(outcome(() -> CsvText.utf8(body))).isEqualTo(outcome(() -> Plain.utf8(body)));
        });
        byte[] replacementCharacter = "0;\uFFFD".getBytes(StandardCharsets.UTF_8);
        assertThat(CsvText.utf8(replacementCharacter)).isEqualTo("0;\uFFFD");
        assertThat(CsvText.utf8("\uFEFF0;x".getBytes(StandardCharsets.UTF_8))).isEqualTo("0;x");
    }

    // ------------------------------------------------------------------ numbers

    @Test
    void readsNumbersOfTheDocumentedShapesOnlyAsTheRegularExpressionsDid() {
        qt().withExamples(EXAMPLES).forAll(text("-0123456789.+eE ١", 24)).checkAssert(text -> {
            assertThat(outcome(() -> Values.decimal(text, "x"))).isEqualTo(outcome(() -> Plain.decimal(text, "x")));
            assertThat(outcome(() -> Values.integer(text, "x"))).isEqualTo(outcome(() -> Plain.integer(text, "x")));
            assertThat(outcome(() -> Values.longInteger(text, "x"))).isEqualTo(outcome(() -> Plain.longInteger(text, "x")));
            char[] padded = ("#" + text + "#").toCharArray();
            assertThat(outcome(() -> Values.decimalOrNull(padded, 1, 1 + text.length())))
                    .isEqualTo(outcome(() -> Plain.decimalOrNull(text)));
            String around = "##" + text + "#";
            assertThat(outcome(() -> Values.integer(around, 2, 2 + text.length(), "x", 3)))
                    .isEqualTo(outcome(() -> Plain.integer(text, "x on line 3")));
        });
        for (String edge : List.of("2147483647", "-2147483648", "2147483648", "999999999", "-999999999", "1000000000",
                "9223372036854775807", "9223372036854775808", "-0", "00", "0.000000000000000000001",
                "123456789012345678.5", "12345678901234567890.123")) {
            assertThat(outcome(() -> Values.decimal(edge, "x"))).isEqualTo(outcome(() -> Plain.decimal(edge, "x")));
            assertThat(outcome(() -> Values.integer(edge, "x"))).isEqualTo(outcome(() -> Plain.integer(edge, "x")));
            assertThat(outcome(() -> Values.integer("[" + edge + "]", 1, 1 + edge.length(), "x", 0)))
                    .isEqualTo(outcome(() -> Plain.integer(edge, "x")));
            assertThat(outcome(() -> Values.longInteger(edge, "x"))).isEqualTo(outcome(() -> Plain.longInteger(edge, "x")));
        }
        assertThat(Values.decimal("10.00", "x")).isEqualTo(new BigDecimal("10.00")).hasScaleOf(2);
    }

    @Test
    void findsEachOfTheFiveRecordStatesByItsExactNameOnly() {
        for (RecordState state : List.of(RecordState.NEW, RecordState.READY, RecordState.INPROCESS,
                RecordState.DECLINED, RecordState.PROCESSED)) {
            assertThat(RecordState.of(state.name())).isEqualTo(state);
            assertThat(RecordState.find(state.name())).contains(state);
            assertThat(RecordState.find(state.name().toLowerCase(java.util.Locale.ROOT))).isEmpty();
            assertThat(RecordState.find(state.name() + " ")).isEmpty();
        }
        assertThat(RecordState.find(null)).isEmpty();
        assertThat(RecordState.find("")).isEmpty();
        assertThat(RecordState.find("UNKNOWN")).isEmpty();
        assertThat(RecordState.of("HOLD_NEW")).isEqualTo(RecordState.UNKNOWN);
        assertThat(RecordState.of("processed")).isEqualTo(RecordState.UNKNOWN);
        assertThat(RecordState.UNKNOWN.isFinal()).isFalse();
    }

    // ------------------------------------------------------------------ helpers

    private static Gen<String> text(String alphabet, int maxLength) {
        Gen<Integer> length = integers().between(0, maxLength);
        Gen<Integer> index = integers().between(0, alphabet.length() - 1);
        return in -> {
            int n = length.generate(in);
            StringBuilder s = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                s.append(alphabet.charAt(index.generate(in)));
            }
            return s.toString();
        };
    }

    /** The value, or the failure's type and message. */
    private static Object outcome(Supplier<?> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** The versions that were replaced, as they were. */
    private static final class Plain {

        private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
        private static final Pattern INTEGER = Pattern.compile("-?\\d+");

        static String utf8(byte[] body) {
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(body)).toString();
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("the answer is not valid UTF-8");
            }
        }

        static List<String> lines(String text) {
            List<String> lines = new ArrayList<>();
            int start = 0;
            while (start <= text.length()) {
                int end = text.indexOf('\n', start);
                if (end < 0) {
                    end = text.length();
                }
                String line = text.substring(start, end);
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                lines.add(line);
                start = end + 1;
            }
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
                lines.remove(lines.size() - 1);
            }
            return lines;
        }

        static List<List<String>> rows(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> lines = lines(text);
            for (int i = 0; i < lines.size(); i++) {
                rows.add(fields(lines.get(i), i + 1));
            }
            return rows;
        }

        static List<String> fields(String line, int lineNumber) {
            List<String> fields = new ArrayList<>();
            int i = 0;
            int n = line.length();
            while (true) {
                StringBuilder field = new StringBuilder();
                if (i < n && line.charAt(i) == '"') {
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char c = line.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && line.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            closed = true;
                            break;
                        }
                        field.append(c);
                        i++;
                    }
                    if (!closed) {
                        throw new IllegalArgumentException("line " + lineNumber + " has a quoted field without its closing quote");
                    }
                    if (i < n && line.charAt(i) != ';') {
                        throw new IllegalArgumentException("line " + lineNumber + " has text after a closing quote");
                    }
                } else {
                    int end = line.indexOf(';', i);
                    if (end < 0) {
                        end = n;
                    }
                    field.append(line, i, end);
                    i = end;
                }
                fields.add(field.toString());
                if (i >= n) {
                    return fields;
                }
                i++;
                if (i == n) {
                    fields.add("");
                    return fields;
                }
            }
        }

        static BigDecimal decimal(String text, String field) {
            if (text == null || !DECIMAL.matcher(text).matches()) {
                throw new IllegalArgumentException(field + " is not a decimal number: " + Values.shown(text));
            }
            return new BigDecimal(text);
        }

        static BigDecimal decimalOrNull(String text) {
            return DECIMAL.matcher(text).matches() ? new BigDecimal(text) : null;
        }

        static int integer(String text, String field) {
            if (text == null || !INTEGER.matcher(text).matches()) {
                throw new IllegalArgumentException(field + " is not an integer: " + Values.shown(text));
            }
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(field + " is out of range: " + Values.shown(text));
            }
        }

        static long longInteger(String text, String field) {
            if (text == null || !INTEGER.matcher(text).matches()) {
                throw new IllegalArgumentException(field + " is not an integer: " + Values.shown(text));
            }
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(field + " is out of range: " + Values.shown(text));
            }
        }
    }
}
