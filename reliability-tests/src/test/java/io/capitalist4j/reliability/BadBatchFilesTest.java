package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.capitalist4j.adapter.csv.CsvCodecs;
import io.capitalist4j.application.port.out.BatchFormatPort;
import io.capitalist4j.application.port.out.ParsedBatch;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchLimits;
import io.capitalist4j.domain.batch.BatchValidationException;
import io.capitalist4j.domain.batch.LineProblem;
import io.capitalist4j.domain.payment.Field;
import io.capitalist4j.reliability.support.Samples;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Bad batch files, generated and mutated from valid ones: the parser answers with orders or with problems
 * that name a line and a field, and nothing else ever escapes it. Turning a parse into a batch fails only
 * with the documented {@link BatchValidationException}.
 */
class BadBatchFilesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final BatchFormatPort FORMAT = CsvCodecs.batchFormat();
    private static final int MUTATIONS = 12;

    /** Characters no field may hold; ';' and '\n' change the line structure and are tested apart. */
    static List<Character> forbiddenCharacters() {
        List<Character> chars = new ArrayList<>();
        for (char c = 0; c < 0x20; c++) {
            if (c != '\n') {
                chars.add(c);
            }
        }
        chars.add('\u007F');
        for (char c = 0x80; c < 0xA0; c++) {
            chars.add(c);
        }
        chars.add('\u2028');
        chars.add('\u2029');
        chars.add('\uD800');
        chars.add('\uDBFF');
        chars.add('\uDC00');
        chars.add('\uDFFF');
        return chars;
    }

    /** The checks every parse must pass, whatever the input. */
    private static ParsedBatch parseChecked(String text) {
        ParsedBatch parsed;
        try {
            parsed = FORMAT.parse(text);
        } catch (RuntimeException e) {
            throw new AssertionError("parse threw " + e + " for input of " + text.length() + " chars: "
                    + abbreviate(text), e);
        }
        int lines = Math.max(1, text.split("\n", -1).length);
        assertThat(parsed.orders().isEmpty() && parsed.problems().isEmpty()).as("a parse says something").isFalse();
        for (LineProblem problem : parsed.problems()) {
            assertThat(problem.line()).as("line of %s", problem).isBetween(1, lines + 1);
            assertThat(problem.field()).as("field of %s", problem).isNotBlank();
            assertThat(problem.reason()).as("reason of %s", problem).isNotBlank();
            // lengths only: a failure message must not itself be megabytes long
            assertThat(problem.toString().length()).as("length of a problem on line %d", problem.line())
                    .isLessThan(1_000);
        }
        try {
            Batch batch = parsed.toBatch(BatchLimits.DEFAULT);
            assertThat(parsed.isValid()).isTrue();
            assertThat(batch.size()).isEqualTo(parsed.orders().size());
        } catch (BatchValidationException expected) {
            assertThat(expected.problems()).isNotEmpty();
            assertThat(expected.getMessage()).hasSizeLessThan(30_000);
        } catch (RuntimeException e) {
            throw new AssertionError("toBatch threw an undocumented " + e + " for: " + abbreviate(text), e);
        }
        return parsed;
    }

    private static String abbreviate(String text) {
        String shown = text.length() > 300 ? text.substring(0, 300) + "…" : text;
        StringBuilder escaped = new StringBuilder();
        shown.codePoints().forEach(cp -> escaped.append(cp < 0x20 || cp == 0x7F ? String.format("\\u%04X", cp)
                : new String(Character.toChars(cp))));
        return escaped.toString();
    }

    /** One of a dozen ways to damage a valid file at a position, with some inserted text. */
    static String mutate(String text, int kind, int position, String insert) {
        int at = Math.floorMod(position, text.length() + 1);
        String[] lines = text.split("\n", -1);
        int line = Math.floorMod(position, lines.length);
        switch (kind) {
            case 0: return text.substring(0, at) + insert + text.substring(at);                    // insert anything
            case 1: return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + insert.length())); // delete
            case 2: return text.substring(0, at);                                                    // truncate
            case 3: lines[line] = lines[line] + ";" + insert; return String.join("\n", lines);      // extra field
            case 4: lines[line] = dropField(lines[line], position); return String.join("\n", lines); // missing field
            case 5: lines[line] = lines[line].replace(';', ','); return String.join("\n", lines);    // wrong separator
            case 6: lines[line] = insert.repeat(1 + Math.floorMod(position, 2_000)); return String.join("\n", lines); // long junk line
            case 7: return text + text;                                                              // duplicate numbers
            case 8: return text.substring(0, at) + "\r" + insert + text.substring(at);              // stray CR
            case 9: return text.replace("\n", "\r\n").substring(0, at);                              // CRLF, cut
            case 10: lines[line] = ""; return String.join("\n", lines);                             // blank line
            default: return "\uFEFF" + text.substring(0, at) + "\u0000" + text.substring(at);        // BOM and NUL
        }
    }

    private static String dropField(String line, int position) {
        List<String> fields = new ArrayList<>(Arrays.asList(line.split(";", -1)));
        fields.remove(Math.floorMod(position, fields.size()));
        return String.join(";", fields);
    }

    @Test
    void theSampleFileIsValidSoThatEveryMutationStartsFromAGoodFile() {
        ParsedBatch parsed = parseChecked(Samples.FILE);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.orders()).hasSize(Samples.LINES.size());
    }

    @Test
    void answersEveryMutationOfAValidFileWithOrdersOrNumberedProblemsAndNothingElse() {
        Gen<String> inserts = strings().allPossible().ofLengthBetween(0, 12);
        assertTimeoutPreemptively(HANG_GUARD, () -> qt().withFixedSeed(8_1001L).withExamples(3_000)
                .forAll(Generate.range(0, MUTATIONS - 1), Generate.range(0, 100_000), inserts)
                .checkAssert((kind, position, insert) -> parseChecked(mutate(Samples.FILE, kind, position, insert))));
    }

    @Test
    void answersRandomTextAndRandomBytesWithNumberedProblemsAndNothingElse() {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            qt().withFixedSeed(8_1002L).withExamples(1_500)
                    .forAll(strings().allPossible().ofLengthBetween(0, 400))
                    .checkAssert(BadBatchFilesTest::parseChecked);
            qt().withFixedSeed(8_1003L).withExamples(1_500)
                    .forAll(Generate.byteArrays(Generate.range(0, 400), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)))
                    .checkAssert(bytes -> {
                        // What a lenient reader would make of bytes that are not (all) UTF-8.
                        parseChecked(new String(bytes, StandardCharsets.UTF_8));
                        parseChecked(new String(bytes, StandardCharsets.ISO_8859_1));
                    });
        });
    }

    @Test
    void namesTheLineAndTheFieldOfEveryForbiddenCharacterInEveryFieldOfEveryLayout() {
        ParsedBatch valid = FORMAT.parse(Samples.FILE);
        int checked = 0;
        for (ParsedBatch.NumberedOrder numbered : valid.orders()) {
            int lineIndex = numbered.line() - 1;
            List<Field> fields = numbered.order().fields();
            String[] raw = Samples.LINES.get(lineIndex).split(";", -1);
            for (int f = 0; f < raw.length; f++) {
                String expectedField = f < fields.size() ? fields.get(f).name() : null;
                for (char bad : forbiddenCharacters()) {
                    String[] damaged = raw.clone();
                    int cut = Math.min(1, damaged[f].length());
                    damaged[f] = damaged[f].substring(0, cut) + bad + damaged[f].substring(cut);
                    List<String> lines = new ArrayList<>(Samples.LINES);
                    lines.set(lineIndex, String.join(";", damaged));
                    ParsedBatch parsed = parseChecked(String.join("\n", lines));
                    assertThat(parsed.problems()).as("U+%04X in field %d of line %d", (int) bad, f, numbered.line())
                            .anySatisfy(p -> {
                                assertThat(p.line()).isEqualTo(numbered.line());
                                if (expectedField != null) {
                                    assertThat(p.field()).isEqualTo(expectedField);
                                }
                            });
                    assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(numbered.line()));
                    assertThat(parsed.orders()).hasSize(Samples.LINES.size() - 1);
                    checked++;
                }
            }
        }
        assertThat(checked).as("combinations checked").isGreaterThan(5_000);
    }

    @Test
    void namesTheLineOfEverySemicolonLineBreakMissingFieldAndSurplusFieldsInTheMiddleOfAField() {
        for (int i = 0; i < Samples.LINES.size(); i++) {
            int line = i + 1;
            String[] raw = Samples.LINES.get(i).split(";", -1);
            List<String> variants = new ArrayList<>();
            variants.add(String.join(";", Arrays.copyOf(raw, raw.length - 1)));   // one field short
            variants.add(Samples.LINES.get(i) + ";x;y;z");                         // three fields too many
            for (int f = 1; f < raw.length; f++) {
                String[] damaged = raw.clone();
                damaged[f] = "a;b" + damaged[f];
                variants.add(String.join(";", damaged));
            }
            for (String variant : variants) {
                List<String> lines = new ArrayList<>(Samples.LINES);
                lines.set(i, variant);
                ParsedBatch parsed = parseChecked(String.join("\n", lines));
                assertThat(parsed.problems()).as("line %d as %s", line, variant).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.line()).isEqualTo(line));
            }
            List<String> broken = new ArrayList<>(Samples.LINES);
            broken.set(i, Samples.LINES.get(i).replaceFirst(";", ";\n"));
            ParsedBatch parsed = parseChecked(String.join("\n", broken));
            assertThat(parsed.problems()).as("a line break inside line %d", line)
                    .isNotEmpty().allSatisfy(p -> assertThat(p.line()).isIn(line, line + 1));
        }
    }

    @Test
    void reportsAHugeMalformedLineOnItsLineWithAShortMessage() {
        String junk = "X".repeat(2_000_000);
        List<String> malformed = List.of(
                junk,
                "CAPITALIST;" + junk + ";1500.00;RUR;PAY-0100;Payout",
                "CAPITALIST;R0000002;1500." + "9".repeat(200_000) + ";RUR;PAY-0100;Payout",
                "CAPITALIST;R0000002;1500.00;" + junk + ";PAY-0100;Payout",
                "CAPITALIST;R0000002;1500.00;RUR;PAY-0100;Payout" + ";".repeat(100_000),
                "CAPITALIST;R0000002;1500.00;RUR;PAY-0100;" + junk + "\u0007");
        for (String huge : malformed) {
            String text = Samples.LINES.get(0) + "\n" + huge + "\n" + Samples.LINES.get(2);
            ParsedBatch parsed = assertTimeoutPreemptively(HANG_GUARD, () -> parseChecked(text));
            assertThat(parsed.problems()).as("a huge line 2 (%s…)", huge.substring(0, 30)).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.line()).isEqualTo(2));
            assertThat(parsed.orders()).hasSize(2);
        }
    }

    /**
     * The reference gives no length limit for free text and no upper amount for CAPITALIST transfers, so a
     * long but well-formed line is read as it is (the server has the last word); what matters is that it is
     * read without hanging and without an exception.
     */
    @Test
    void readsAHugeWellFormedLineWithoutHangingOrThrowing() {
        String longText = "X".repeat(2_000_000);
        List<String> wellFormed = List.of(
                "CAPITALIST;R0000002;1500.00;RUR;PAY-0100;" + longText,
                "CAPITALIST;R0000002;" + "9".repeat(200_000) + ".00;RUR;PAY-0100;Payout");
        for (String huge : wellFormed) {
            ParsedBatch parsed = assertTimeoutPreemptively(HANG_GUARD, () -> parseChecked(huge));
            assertThat(parsed.orders().size() + parsed.problems().size()).isPositive();
        }
    }

    @Test
    void refusesMoreLinesThanTheRecordLimitNamingTheLimit() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= BatchLimits.DEFAULT_MAX_RECORDS; i++) {
            text.append("CAPITALIST;R0000002;1.00;RUR;N-").append(i).append(";Payout\n");
        }
        ParsedBatch parsed = assertTimeoutPreemptively(HANG_GUARD, () -> parseChecked(text.toString()));
        assertThat(parsed.problems()).anySatisfy(p -> assertThat(p.reason()).contains("10000"));
        assertThatThrownBy(() -> parsed.toBatch(BatchLimits.DEFAULT)).isInstanceOf(BatchValidationException.class);
    }
}
