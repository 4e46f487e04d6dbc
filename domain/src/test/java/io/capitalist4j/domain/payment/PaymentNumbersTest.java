package io.capitalist4j.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PaymentNumbersTest {

    /** A payment number with {@code cp} at 1-based {@code position} of {@code "AB-12"} padded as needed. */
    private static String withAt(int cp, int position) {
        StringBuilder b = new StringBuilder("PAY-");
        while (b.length() < position - 1) {
            b.append('x');
        }
        return b.substring(0, position - 1) + new String(Character.toChars(cp)) + "-9";
    }

    @ParameterizedTest
    @ValueSource(strings = {"PAY-1", "a", "ORDER 2024 07 15", "Счёт №5", "заказ-77", "Zahlung-ß", "A.B_C/D:E#F"})
    void ordinaryNumbersHaveNoProblem(String number) {
        assertThat(PaymentNumbers.problem(number)).isEmpty();
    }

    @Test
    void anEmptyNumberIsLeftToTheRequiredCheck() {
        assertThat(PaymentNumbers.problem("")).isEmpty();
    }

    @Test
    void trailingAndLeadingSpaceAreNamed() {
        assertThat(PaymentNumbers.problem("TRAIL-1 ")).contains("payment number ends with white space (U+0020 SPACE)");
        assertThat(PaymentNumbers.problem(" LEAD-1")).contains("payment number starts with white space (U+0020 SPACE)");
    }

    @ParameterizedTest
    @CsvSource({
            "0009, CHARACTER TABULATION",
            "00A0, NO-BREAK SPACE",
            "2007, FIGURE SPACE",
            "202F, NARROW NO-BREAK SPACE",
            "3000, IDEOGRAPHIC SPACE",
            "2009, THIN SPACE",
            "0085, NEXT LINE (NEL)",
            "000A, LINE FEED (LF)",
            "2028, LINE SEPARATOR"})
    void anyUnicodeWhiteSpaceAtEitherEndIsRefused(String hex, String name) {
        String c = new String(Character.toChars(Integer.parseInt(hex, 16)));

        assertThat(PaymentNumbers.problem(c + "N-1"))
                .contains("payment number starts with white space (U+" + hex + " " + name + ")");
        assertThat(PaymentNumbers.problem("N-1" + c))
                .contains("payment number ends with white space (U+" + hex + " " + name + ")");
    }

    @ParameterizedTest
    @CsvSource({
            "00A0, white space, NO-BREAK SPACE",
            "2009, white space, THIN SPACE",
            "3000, white space, IDEOGRAPHIC SPACE",
            "0009, a control character, CHARACTER TABULATION",
            "0000, a control character, NULL",
            "007F, a control character, DELETE",
            "0085, a control character, NEXT LINE (NEL)",
            "2028, a line or paragraph separator, LINE SEPARATOR",
            "2029, a line or paragraph separator, PARAGRAPH SEPARATOR",
            "00AD, an invisible character, SOFT HYPHEN",
            "200B, an invisible character, ZERO WIDTH SPACE",
            "200C, an invisible character, ZERO WIDTH NON-JOINER",
            "200D, an invisible character, ZERO WIDTH JOINER",
            "200E, an invisible character, LEFT-TO-RIGHT MARK",
            "202E, an invisible character, RIGHT-TO-LEFT OVERRIDE",
            "2060, an invisible character, WORD JOINER",
            "2066, an invisible character, LEFT-TO-RIGHT ISOLATE",
            "FEFF, an invisible character, ZERO WIDTH NO-BREAK SPACE",
            "034F, an invisible character, COMBINING GRAPHEME JOINER",
            "115F, an invisible character, HANGUL CHOSEONG FILLER",
            "1160, an invisible character, HANGUL JUNGSEONG FILLER",
            "3164, an invisible character, HANGUL FILLER",
            "FFA0, an invisible character, HALFWIDTH HANGUL FILLER",
            "FE0F, an invisible character, VARIATION SELECTOR-16",
            "E0100, an invisible character, VARIATION SELECTOR-17",
            "E0041, an invisible character, TAG LATIN CAPITAL LETTER A",
            "E007F, an invisible character, CANCEL TAG"})
    void aForbiddenCharacterInsideIsNamedWithItsPosition(String hex, String kind, String name) {
        String number = withAt(Integer.parseInt(hex, 16), 5);

        Optional<String> problem = PaymentNumbers.problem(number);

        String expected = "payment number contains " + kind + " U+" + hex + " " + name + " at position 5";
        assertThat(problem).hasValueSatisfying(p -> assertThat(p).startsWith(expected));
    }

    @Test
    void theExampleMessagesReadAsWritten() {
        assertThat(PaymentNumbers.problem("PAY-\u200B1"))
                .contains("payment number contains an invisible character U+200B ZERO WIDTH SPACE at position 5");
        assertThat(PaymentNumbers.problem("PAY\u00A01")).contains("payment number contains white space "
                + "U+00A0 NO-BREAK SPACE at position 4 (only U+0020 SPACE may stand inside a number)");
    }

    @Test
    void privateUseUnassignedAndLoneSurrogatesAreNamedByCodePoint() {
        assertThat(PaymentNumbers.problem("P\uE000-1"))
                .contains("payment number contains a private-use character U+E000 at position 2");
        assertThat(PaymentNumbers.problem("P" + new String(Character.toChars(0xF0000)) + "-1"))
                .contains("payment number contains a private-use character U+F0000 at position 2");
        assertThat(PaymentNumbers.problem("P\u0378-1"))
                .contains("payment number contains an unassigned code point U+0378 at position 2");
        assertThat(PaymentNumbers.problem("P\uD800-1"))
                .contains("payment number contains a lone surrogate (not text) U+D800 at position 2");
        assertThat(PaymentNumbers.problem("P-1\uDC00"))
                .contains("payment number contains a lone surrogate (not text) U+DC00 at position 4");
    }

    @Test
    void positionsCountCharactersNotUtf16Units() {
        // U+1F600 takes two UTF-16 units but is one character: the zero-width space is the third
        assertThat(PaymentNumbers.problem("\uD83D\uDE00a\u200Bb"))
                .hasValueSatisfying(p -> assertThat(p).endsWith("at position 3"));
        assertThat(PaymentNumbers.problem("\uD83D\uDE00-1")).isEmpty();
    }

    @Test
    void plainSpacesInsideStayAllowed() {
        assertThat(PaymentNumbers.problem("ORDER 2024 1")).isEmpty();
        assertThat(PaymentNumbers.problem("заказ 1")).isEmpty();
    }

    @Test
    void canonicalFoldsCompatibilityFormsAndLetterCase() {
        assertThat(PaymentNumbers.canonical("ＴＷＩＮ-1")).isEqualTo("twin-1");
        assertThat(PaymentNumbers.canonical("TWIN-1")).isEqualTo("twin-1");
        assertThat(PaymentNumbers.canonical("twin-1")).isSameAs(PaymentNumbers.canonical("twin-1")).isEqualTo("twin-1");
        assertThat(PaymentNumbers.canonical("STRASSE")).isEqualTo(PaymentNumbers.canonical("straße"))
                .isEqualTo(PaymentNumbers.canonical("STRAẞE")).isEqualTo("strasse");
        assertThat(PaymentNumbers.canonical("ﬁle-²")).isEqualTo("file-2");
        assertThat(PaymentNumbers.canonical("ΣΟΦΟΣ")).isEqualTo(PaymentNumbers.canonical("σοφος"));
        assertThat(PaymentNumbers.canonical("СЧЁТ-1")).isEqualTo("счёт-1");
        assertThat(PaymentNumbers.canonical("Счёт-1")).isEqualTo(PaymentNumbers.canonical("Сче\u0308т-1"));
    }

    @Test
    void aLowerCaseAsciiNumberIsItsOwnCanonicalText() {
        String number = "pay-1000001";

        assertThat(PaymentNumbers.canonical(number)).isSameAs(number);
    }

    @Test
    void duplicateReasonsKeepTheExactMessageAndNameBothSpellingsOtherwise() {
        assertThat(PaymentNumbers.duplicateReason("A-1", "A-1", 3)).isEqualTo("payment number 'A-1' is already used on line 3");
        assertThat(PaymentNumbers.duplicateReason("twin-1", "ＴＷＩＮ-1", 2)).isEqualTo("payment number 'twin-1' is the"
                + " same as 'ＴＷＩＮ-1' on line 2 once Unicode compatibility forms and letter case are ignored");
    }

    /** Letters, digits and signs from several scripts, with the characters case and NFKC treat specially. */
    private static Gen<String> numbers() {
        List<Integer> pool = List.of((int) 'a', (int) 'Z', (int) '0', (int) '9', (int) '-', (int) '_', (int) ' ',
                0xDF, 0x1E9E, 0x130, 0x131, 0x3C2, 0x3A3, 0x17F, 0x1C5, 0x345, 0xFB01, 0xB2, 0x2126, 0x212A,
                0xFF34, 0xFF57, 0xFF11, 0x0401, 0x0451, 0x0415, 0x0308, 0x2460, 0x3300, 0x1F600, 0xAC00, 0x1100,
                0x0390, 0x1E9B, 0x0149, 0xFB00, 0x2169, 0x24B6);
        return lists().of(Generate.pick(pool)).ofSizeBetween(1, 12).map(cps -> {
            StringBuilder b = new StringBuilder();
            cps.forEach(b::appendCodePoint);
            return b.toString();
        });
    }

    @Test
    void canonicalIsIdempotent() {
        qt().withExamples(2_000).forAll(numbers()).checkAssert(n -> {
            String once = PaymentNumbers.canonical(n);

            assertThat(PaymentNumbers.canonical(once)).isEqualTo(once);
        });
        qt().withExamples(500).forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(1, 10))
                .checkAssert(n -> {
                    String once = PaymentNumbers.canonical(n);

                    assertThat(PaymentNumbers.canonical(once)).isEqualTo(once);
                });
    }

    @Test
    void aNumberAndItsUpperCaseOrFullWidthFormAreOneIdentity() {
        qt().withExamples(1_000).forAll(strings().allPossible().ofLengthBetween(1, 16)
                        .map(s -> s.chars().map(c -> 0x21 + Math.floorMod(c, 0x5E)).collect(StringBuilder::new,
                                StringBuilder::appendCodePoint, StringBuilder::append).toString()))
                .checkAssert(n -> {
                    String upper = n.toUpperCase(Locale.ROOT);
                    String fullWidth = n.chars().map(c -> c + 0xFEE0).collect(StringBuilder::new,
                            StringBuilder::appendCodePoint, StringBuilder::append).toString();

                    assertThat(PaymentNumbers.canonical(upper)).isEqualTo(PaymentNumbers.canonical(n));
                    assertThat(PaymentNumbers.canonical(fullWidth)).isEqualTo(PaymentNumbers.canonical(n));
                    assertThat(PaymentNumbers.problem(fullWidth)).isEmpty();
                });
    }

    @Test
    void validAsciiNumbersPassUnchanged() {
        qt().withExamples(1_000).forAll(integers().between(1, 64), integers().allPositive()).checkAssert((length, seed) -> {
            StringBuilder b = new StringBuilder();
            java.util.Random random = new java.util.Random(seed);
            for (int i = 0; i < length; i++) {
                // printable ASCII, with spaces only inside
                char c = (char) (0x21 + random.nextInt(0x5E));
                b.append(i > 0 && i < length - 1 && random.nextInt(8) == 0 ? ' ' : c);
            }
            String number = b.toString();

            assertThat(PaymentNumbers.problem(number)).isEmpty();
            assertThat(PaymentNumbers.canonical(number)).isEqualTo(number.toLowerCase(Locale.ROOT));
        });
    }
}
