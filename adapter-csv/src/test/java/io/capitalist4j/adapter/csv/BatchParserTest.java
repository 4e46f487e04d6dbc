package io.capitalist4j.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.capitalist4j.application.port.out.BatchFormatPort;
import io.capitalist4j.application.port.out.ParsedBatch;
import io.capitalist4j.application.port.out.ParsedBatch.NumberedOrder;
import io.capitalist4j.domain.batch.BatchLimits;
import io.capitalist4j.domain.batch.BatchValidationException;
import io.capitalist4j.domain.batch.LineProblem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatchParserTest {

    private static final BatchFormatPort FORMAT = CsvCodecs.batchFormat();

    private static final String L1 = "CAPITALIST;R0000000;10.00;RUR;1;Payout";
    private static final String L2 = "CAPITALIST;U0000000;5.00;USD;2;Выплата";
    private static final String L3 = "UKRCARD;4276380079956889;10.00;USD;3;Payout";

    private static List<Integer> lines(ParsedBatch parsed) {
        return parsed.orders().stream().map(NumberedOrder::line).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n"})
    void toleratesOneTrailingLineBreak(String lineBreak) {
        ParsedBatch parsed = FORMAT.parse(L1 + lineBreak + L2 + lineBreak);

        assertThat(parsed.problems()).isEmpty();
        assertThat(lines(parsed)).containsExactly(1, 2);
    }

    @Test
    void toleratesCrlfBetweenLinesAndAByteOrderMarkAtTheStart() {
        ParsedBatch parsed = FORMAT.parse("\uFEFF" + L1 + "\r\n" + L2 + "\n" + L3);

        assertThat(parsed.problems()).isEmpty();
        assertThat(lines(parsed)).containsExactly(1, 2, 3);
        assertThat(parsed.orders().get(0).order().opcode().name()).isEqualTo("CAPITALIST");
    }

    @Test
    void aByteOrderMarkAnywhereElseIsPartOfTheText() {
        ParsedBatch parsed = FORMAT.parse(L1 + "\n\uFEFF" + L2);

        assertThat(parsed.problems()).extracting(LineProblem::line, LineProblem::field).containsExactly(tuple(2, "opcode"));
    }

    @Test
    void aBlankLineInTheMiddleIsAProblemAndTheLinesAfterItKeepTheirNumbers() {
        ParsedBatch parsed = FORMAT.parse(L1 + "\n\n" + L2 + "\r\n\r\n" + L3);

        assertThat(parsed.problems()).extracting(LineProblem::line, LineProblem::field, LineProblem::reason)
                .containsExactly(tuple(2, "line", "empty line"), tuple(4, "line", "empty line"));
        assertThat(lines(parsed)).containsExactly(1, 3, 5);
    }

    @Test
    void moreThanOneTrailingLineBreakLeavesAnEmptyLastLine() {
        ParsedBatch parsed = FORMAT.parse(L1 + "\n\n");

        assertThat(parsed.problems()).extracting(LineProblem::line, LineProblem::reason).containsExactly(tuple(2, "empty line"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\uFEFF", "\n", "\r\n", "\uFEFF\r\n"})
    void anEmptyTextIsAProblem(String text) {
        ParsedBatch parsed = FORMAT.parse(text);

        assertThat(parsed.orders()).isEmpty();
        assertThat(parsed.problems()).extracting(LineProblem::line, LineProblem::field).containsExactly(tuple(1, "line"));
        assertThat(parsed.isValid()).isFalse();
    }

    @Test
    void reportsEveryBadLineWithItsNumberFieldAndReason() {
        String text = String.join("\n",
                L1,
                "CAPITALIST;R0000000;10,00;RUR;2;Payout",
                "NOPE;R0000000;10.00;RUR;3;Payout",
                "CAPITALIST;R0000000;10.00;RUR;4",
                L3,
                "RUCARD;4276380079956881;100.00;RUR;6;Payout;Firstname;Lastname",
                "SBP;79030001122;500.00;RUR;Sber;Ivan;Ivanov;ivan@example.com;7;Payout");

        ParsedBatch parsed = FORMAT.parse(text);

        assertThat(parsed.problems()).extracting(LineProblem::line, LineProblem::field).containsExactly(
                tuple(2, "amount"), tuple(3, "opcode"), tuple(4, "line"), tuple(6, "card"), tuple(7, "bank"));
        assertThat(parsed.problems().get(2).reason()).contains("6").contains("5");
        assertThat(lines(parsed)).containsExactly(1, 5);
        assertThatThrownBy(() -> parsed.toBatch(BatchLimits.DEFAULT)).isInstanceOf(BatchValidationException.class)
                .hasMessageContaining("line 2, amount").hasMessageContaining("line 7, bank");
    }

    @Test
    void splitsOnEverySemicolonAndKeepsEmptyFieldsIncludingTrailingOnes() {
        assertThat(BatchParser.split("a;;b;")).containsExactly("a", "", "b", "");
        assertThat(BatchParser.split(";")).containsExactly("", "");
        assertThat(BatchParser.split("a")).containsExactly("a");
        assertThat(FORMAT.parse(L1 + ";").problems()).extracting(LineProblem::field).containsExactly("line");
        assertThat(FORMAT.parse("WORLDCARDEUR;5555555555554444;25.00;EUR;9;P;I;I;;;;;03;2030;").problems())
                .extracting(LineProblem::field).containsExactly("line");
    }

    @Test
    void namesTheFieldThatHoldsAControlCharacter() {
        String text = String.join("\n",
                "CAPITALIST;R0000000;10.00;RUR;1;Pay\u0000out",
                "CAPITALIST;R0000000;10.00;RUR;2\u0007;Payout",
                "RUCARD;4276380079956889;100.00;RUR;3;Payout;First\rname;Lastname",
                "WORLDCARDEUR;5555555555554444;25.00;EUR;4;P;I;I;;\t;;;03;2030",
                "CAPITALIST;R0000000;10.00;RUR;5;Payout\u2028",
                "CAPITALIST;R0000000;10.00;RUR;6;Payout\uD800",
                "XX\u0001;a;b");

        ParsedBatch parsed = FORMAT.parse(text);

        assertThat(parsed.problems()).extracting(LineProblem::line, LineProblem::field).containsExactly(
                tuple(1, "description"), tuple(2, "paymentNumber"), tuple(3, "firstName"), tuple(4, "address"),
                tuple(5, "description"), tuple(6, "description"), tuple(7, "opcode"));
        assertThat(parsed.orders()).isEmpty();
    }

    @Test
    void aCarriageReturnThatDoesNotEndALineIsAControlCharacter() {
        ParsedBatch parsed = FORMAT.parse(L1 + "\r\r\n" + L2 + "\r");

        assertThat(parsed.problems()).extracting(LineProblem::line, LineProblem::field)
                .containsExactly(tuple(1, "description"), tuple(2, "description"));
    }

    @Test
    void aControlCharacterAndAnotherBadFieldOnOneLineAreBothReported() {
        ParsedBatch parsed = FORMAT.parse("RUCARD;4276380079956881;100.00;RUR;3;Pay\u0000out;Firstname;Lastname");

        assertThat(parsed.problems()).extracting(LineProblem::field).containsExactly("description", "card");
    }

    @Test
    void aControlCharacterInAFieldBeyondTheLayoutIsNamedByPosition() {
        ParsedBatch parsed = FORMAT.parse("CAPITALIST;R0000000;10.00;RUR;1;Payout;x\u0000");

        assertThat(parsed.problems()).extracting(LineProblem::field).containsExactly("field 7", "line");
    }

    @Test
    void aRepeatedPaymentNumberIsReportedOnTheLaterLineNamingTheEarlierOne() {
        ParsedBatch parsed = FORMAT.parse(L1 + "\n" + L2 + "\nCAPITALIST;R0000000;99.00;RUR;1;Again");

        assertThat(parsed.problems()).extracting(LineProblem::line, LineProblem::field).containsExactly(tuple(3, "paymentNumber"));
        assertThat(parsed.problems().get(0).reason()).contains("'1'").contains("line 1");
        assertThat(lines(parsed)).containsExactly(1, 2);
    }

    @Test
    void paymentNumbersWithWhiteSpaceAtAnEndOrTwinsOnceCaseAndWidthAreIgnoredAreRefusedWithLineAndField() {
        ParsedBatch parsed = FORMAT.parse("WM;Z112224443331;15.50;USD;TRAIL-1 ;Payout\n"
                + "WM;Z112224443331;15.50;USD;ＴＷＩＮ-1;Payout\n"
                + "WM;Z112224443331;15.50;USD;twin-1;Payout\n");

        assertThat(parsed.problems()).containsExactly(
                new LineProblem(1, "paymentNumber", "payment number ends with white space (U+0020 SPACE)"),
                new LineProblem(3, "paymentNumber", "payment number 'twin-1' is the same as 'ＴＷＩＮ-1' on line 2"
                        + " once Unicode compatibility forms and letter case are ignored"));
        assertThat(lines(parsed)).containsExactly(2);
        assertThatThrownBy(() -> parsed.toBatch(BatchLimits.DEFAULT)).isInstanceOf(BatchValidationException.class);
    }

    @Test
    void anInvisibleOrControlCharacterInAPaymentNumberIsNamedOnceByThePaymentNumberRules() {
        ParsedBatch parsed = FORMAT.parse("CAPITALIST;R0000000;10.00;RUR;PAY-\u200B1;Payout\n"
                + "CAPITALIST;R0000000;10.00;RUR;PAY\u00A02;Payout\n"
                + "CAPITALIST;R0000000;10.00;RUR;PAY\u00073;Payout\n"
                + "CAPITALIST;R0000000;10.00;RUR;\u3000PAY-4;Payout\n"
                + "CAPITALIST;R0000000;10.00;RUR;PAY 5;Payout");

        assertThat(parsed.problems()).extracting(LineProblem::line, LineProblem::field, LineProblem::reason).containsExactly(
                tuple(1, "paymentNumber", "payment number contains an invisible character U+200B ZERO WIDTH SPACE at position 5"),
                tuple(2, "paymentNumber", "payment number contains white space U+00A0 NO-BREAK SPACE at position 4"
                        + " (only U+0020 SPACE may stand inside a number)"),
                tuple(3, "paymentNumber", "payment number contains a control character U+0007 BEL at position 4"),
                tuple(4, "paymentNumber", "payment number starts with white space (U+3000 IDEOGRAPHIC SPACE)"));
        assertThat(lines(parsed)).containsExactly(5);
    }

    @Test
    void aNumberThatDiffersFromAnEarlierOneOnlyInLetterCaseIsADuplicate() {
        ParsedBatch parsed = FORMAT.parse("CAPITALIST;R0000000;10.00;RUR;Straße-7;Payout\n"
                + "CAPITALIST;R0000000;10.00;RUR;STRASSE-7;Payout\n"
                + "CAPITALIST;R0000000;10.00;RUR;Straße-7;Payout");

        assertThat(parsed.problems()).extracting(LineProblem::line, LineProblem::reason).containsExactly(
                tuple(2, "payment number 'STRASSE-7' is the same as 'Straße-7' on line 1 once Unicode compatibility forms"
                        + " and letter case are ignored"),
                tuple(3, "payment number 'Straße-7' is already used on line 1"));
    }

    @Test
    void reportsMoreRecordsThanTheLimitAllows() {
        BatchFormatPort two = CsvCodecs.batchFormat(BatchFormatOptions.defaults().withLimits(new BatchLimits(2)));

        assertThat(two.parse(L1 + "\n" + L2).problems()).isEmpty();
        ParsedBatch parsed = two.parse(L1 + "\n" + L2 + "\n" + L3);
        assertThat(parsed.problems()).extracting(LineProblem::line, LineProblem::field).containsExactly(tuple(3, "line"));
        assertThat(parsed.problems().get(0).reason()).contains("limit of 2").contains("reading stopped at this line");
    }

    @Test
    void aValidTextBecomesABatch() {
        ParsedBatch parsed = FORMAT.parse(L1 + "\n" + L2 + "\n" + L3);

        assertThat(parsed.isValid()).isTrue();
        assertThat(parsed.toBatch(BatchLimits.DEFAULT).paymentNumbers()).containsExactly("1", "2", "3");
    }

    @Test
    void readsAHundredThousandLines() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 100_000; i++) {
            text.append("CAPITALIST;R0000000;10.00;RUR;").append(i).append(";Выплата\n");
        }
        BatchFormatPort large = CsvCodecs.batchFormat(BatchFormatOptions.defaults().withLimits(new BatchLimits(100_000)));

        ParsedBatch parsed = large.parse(text.toString());

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.orders()).hasSize(100_000);
        assertThat(parsed.orders().get(99_999).line()).isEqualTo(100_000);
    }
}
