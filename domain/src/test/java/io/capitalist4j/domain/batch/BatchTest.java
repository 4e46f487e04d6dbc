package io.capitalist4j.domain.batch;

import static io.capitalist4j.domain.Fixtures.capitalist;
import static io.capitalist4j.domain.Fixtures.rur;
import static io.capitalist4j.domain.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.capitalist4j.domain.Fixtures;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import io.capitalist4j.domain.payment.Opcode;
import io.capitalist4j.domain.payment.PaymentOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

class BatchTest {

    private static CapitalistTransfer withDescription(String paymentNumber, String description) {
        return new CapitalistTransfer(AccountNumber.of("R0000000"), rur("10"), paymentNumber, description);
    }

    @Test
    void keepsTheOrdersInTheirOrderWithOneBasedLines() {
        List<PaymentOrder> orders = new ArrayList<>();
        for (Opcode opcode : Opcode.values()) {
            orders.add(Fixtures.example(opcode, "n" + opcode.ordinal()));
        }
        Batch batch = Batch.of(orders);

        assertThat(batch.orders()).containsExactlyElementsOf(orders);
        assertThat(batch.size()).isEqualTo(Opcode.values().length);
        assertThat(batch.line(1)).isSameAs(orders.get(0));
        assertThat(batch.line(batch.size())).isSameAs(orders.get(orders.size() - 1));
        assertThat(batch.paymentNumbers()).startsWith("n0", "n1");
        assertThatThrownBy(() -> batch.orders().add(orders.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(batch).isEqualTo(Batch.of(orders)).hasSameHashCodeAs(Batch.of(orders));
        assertThat(batch.toString()).doesNotContain(Fixtures.CARD);
    }

    @Test
    void aBatchNeedsAtLeastOneOrder() {
        assertThatThrownBy(() -> Batch.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsARepeatedPaymentNumberNamingBothLines() {
        BatchValidationException e = catchThrowableOfType(BatchValidationException.class, () -> Batch.of(List.of(
                capitalist("A-1", rur("1")), capitalist("B-2", rur("2")), capitalist("A-1", usd("3")))));

        assertThat(e.problems()).hasSize(1);
        LineProblem problem = e.problems().get(0);
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.field()).isEqualTo("paymentNumber");
        assertThat(problem.reason()).contains("A-1").contains("line 1");
    }

    @Test
    void totalsSumTheAmountsPerCurrencyInTheOrderCurrenciesFirstAppear() {
        Batch batch = Batch.of(List.of(capitalist("1", usd("1.10")), capitalist("2", rur("100.05")),
                capitalist("3", usd("2.25")), new CapitalistTransfer(AccountNumber.of("B1"),
                        Money.of("0.00000001", Currency.BTC), "4", "d")));

        assertThat(batch.totals().keySet()).containsExactly(Currency.USD, Currency.RUR, Currency.BTC);
        assertThat(batch.totals()).containsEntry(Currency.USD, usd("3.35")).containsEntry(Currency.RUR, rur("100.05"))
                .containsEntry(Currency.BTC, Money.of("0.00000001", Currency.BTC));
        assertThat(batch.totals().get(Currency.BTC).amount().scale()).isEqualTo(8);
    }

    @Test
    void totalsEqualTheSumOfTheOrders() {
        qt().withExamples(200).forAll(lists().of(longs().between(1, 10_000_000_000L)).ofSizeBetween(1, 30),
                Generate.pick(List.of(Currency.RUR, Currency.USD, Currency.EUR))).checkAssert((minors, currency) -> {
                    List<PaymentOrder> orders = new ArrayList<>();
                    BigDecimal sum = BigDecimal.ZERO;
                    for (int i = 0; i < minors.size(); i++) {
                        BigDecimal amount = BigDecimal.valueOf(minors.get(i), 2);
                        sum = sum.add(amount);
                        orders.add(capitalist("p" + i, Money.of(amount, currency)));
                    }

                    Map<Currency, Money> totals = Batch.of(orders).totals();

                    assertThat(totals).containsOnlyKeys(currency);
                    assertThat(totals.get(currency).amount()).isEqualTo(sum.setScale(2));
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {";", "\r", "\n", "\r\n", "\u0000", "\u0007", "\t", "\u001F", "\u007F", "\u0085",
            "\u2028", "\u2029", "\uD800", "\uDC00"})
    void rejectsAFieldWithAForbiddenCharacterNamingLineAndField(String bad) {
        BatchValidationException e = catchThrowableOfType(BatchValidationException.class, () -> Batch.of(List.of(
                withDescription("1", "fine"), withDescription("2", "pay" + bad + "out"))));

        assertThat(e.problems()).extracting(LineProblem::line, LineProblem::field).containsExactly(tuple(2, "description"));
        assertThat(e.getMessage()).contains("line 2, description");
    }

    @Test
    void acceptsCyrillicAndCharactersOutsideTheBasicPlane() {
        Batch batch = Batch.of(List.of(withDescription("№ 1", "Выплата за март 😀 中文 — «ок»")));
        assertThat(batch.line(1).description()).isEqualTo("Выплата за март 😀 中文 — «ок»");
    }

    @Test
    void reportsEveryProblemOfEveryLineAtOnce() {
        BatchValidationException e = catchThrowableOfType(BatchValidationException.class, () -> Batch.of(List.of(
                withDescription("1", "a;b"), withDescription("2", "fine"), withDescription("1", "x\ny"),
                new CapitalistTransfer(AccountNumber.of("R1"), rur("1"), "4\t", "d"))));

        assertThat(e.problems()).extracting(LineProblem::line, LineProblem::field).containsExactlyInAnyOrder(
                tuple(1, "description"), tuple(3, "description"), tuple(3, "paymentNumber"), tuple(4, "paymentNumber"));
    }

    @Test
    void refusesTheAttackersFileWithEveryProblemNamingLineAndField() {
        BatchValidationException e = catchThrowableOfType(BatchValidationException.class, () -> Batch.of(List.of(
                capitalist("TRAIL-1 ", usd("15.50")), capitalist("ＴＷＩＮ-1", usd("15.50")),
                capitalist("twin-1", usd("15.50")))));

        assertThat(e.problems()).containsExactly(
                new LineProblem(1, "paymentNumber", "payment number ends with white space (U+0020 SPACE)"),
                new LineProblem(3, "paymentNumber", "payment number 'twin-1' is the same as 'ＴＷＩＮ-1' on line 2"
                        + " once Unicode compatibility forms and letter case are ignored"));
    }

    @Test
    void numbersThatAgreeOnlyCanonicallyAreDuplicatesAndExactOnesKeepTheirMessage() {
        BatchValidationException e = catchThrowableOfType(BatchValidationException.class, () -> Batch.of(List.of(
                capitalist("Straße-1", rur("1")), capitalist("A-1", rur("1")), capitalist("STRASSE-1", rur("1")),
                capitalist("a-1", rur("1")), capitalist("A-1", rur("1")), capitalist("ﬁle-2", rur("1")),
                capitalist("FILE-2", rur("1")))));

        assertThat(e.problems()).extracting(LineProblem::line, LineProblem::reason).containsExactly(
                tuple(3, "payment number 'STRASSE-1' is the same as 'Straße-1' on line 1 once Unicode compatibility"
                        + " forms and letter case are ignored"),
                tuple(4, "payment number 'a-1' is the same as 'A-1' on line 2 once Unicode compatibility forms and"
                        + " letter case are ignored"),
                tuple(5, "payment number 'A-1' is already used on line 2"),
                tuple(7, "payment number 'FILE-2' is the same as 'ﬁle-2' on line 6 once Unicode compatibility forms"
                        + " and letter case are ignored"));
    }

    @Test
    void aPaymentNumberGetsOneProblemNamingItsInvisibleCharacter() {
        BatchValidationException e = catchThrowableOfType(BatchValidationException.class, () -> Batch.of(List.of(
                capitalist("PAY-\u200B1", rur("1")), capitalist("PAY\t2", rur("1")), capitalist("PAY;3", rur("1")),
                capitalist("\u00A0PAY-4", rur("1")))));

        assertThat(e.problems()).extracting(LineProblem::line, LineProblem::field, LineProblem::reason).containsExactly(
                tuple(1, "paymentNumber", "payment number contains an invisible character U+200B ZERO WIDTH SPACE at position 5"),
                tuple(2, "paymentNumber", "payment number contains a control character U+0009 CHARACTER TABULATION at position 4"),
                tuple(3, "paymentNumber", "contains ';' at position 4 (the field separator; it is never escaped)"),
                tuple(4, "paymentNumber", "payment number starts with white space (U+00A0 NO-BREAK SPACE)"));
    }

    @Test
    void distinctNumbersInManyScriptsAndCasesAreFoundDuplicateExactlyWhenCanonicallyEqual() {
        List<String> spellings = List.of("pay-1", "PAY-1", "Pay-1", "ＰＡＹ-1", "pay-2", "счёт-1", "СЧЁТ-1", "straße",
                "STRASSE", "x", "X", "ｘ");
        qt().withExamples(300).forAll(lists().of(integers().between(0, spellings.size() - 1)).ofSizeBetween(1, 20))
                .checkAssert(picks -> {
                    List<PaymentOrder> orders = new ArrayList<>();
                    for (int pick : picks) {
                        orders.add(capitalist(spellings.get(pick), rur("1")));
                    }
                    java.util.Set<String> seen = new java.util.HashSet<>();
                    List<Integer> expected = new ArrayList<>();
                    for (int i = 0; i < picks.size(); i++) {
                        if (!seen.add(io.capitalist4j.domain.payment.PaymentNumbers.canonical(spellings.get(picks.get(i))))) {
                            expected.add(i + 1);
                        }
                    }
                    List<Integer> found = new ArrayList<>();
                    try {
                        Batch.of(orders);
                    } catch (BatchValidationException e) {
                        e.problems().forEach(p -> found.add(p.line()));
                    }

                    assertThat(found).isEqualTo(expected);
                });
    }

    @Test
    void rejectsMoreRecordsThanTheLimit() {
        List<PaymentOrder> three = List.of(capitalist("1", rur("1")), capitalist("2", rur("1")), capitalist("3", rur("1")));

        assertThat(Batch.of(three, new BatchLimits(3)).size()).isEqualTo(3);
        BatchValidationException e = catchThrowableOfType(BatchValidationException.class,
                () -> Batch.of(three, new BatchLimits(2)));
        assertThat(e.problems()).extracting(LineProblem::line, LineProblem::field).containsExactly(tuple(3, "line"));
        assertThat(e.problems().get(0).reason()).contains("3 records").contains("limit of 2");
    }

    @Test
    void theDefaultLimitIsTenThousandRecords() {
        assertThat(BatchLimits.DEFAULT.maxRecords()).isEqualTo(10_000);
        assertThatThrownBy(() -> new BatchLimits(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theValidationMessageListsAtMostTwentyProblems() {
        qt().withExamples(20).forAll(integers().between(1, 60)).checkAssert(n -> {
            List<LineProblem> problems = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                problems.add(new LineProblem(i, "description", "bad"));
            }
            BatchValidationException e = new BatchValidationException(problems);

            assertThat(e.problems()).hasSize(n);
            assertThat(e.getMessage()).contains("line " + Math.min(n, 20) + ",");
            assertThat(e.getMessage()).doesNotContain("line " + (Math.min(n, 20) + 1) + ",");
            assertThat(e.getMessage().endsWith("…")).isEqualTo(n > 20);
        });
        assertThatThrownBy(() -> new BatchValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lineProblemsCountFromOne() {
        assertThatThrownBy(() -> new LineProblem(0, "x", "y")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new LineProblem(7, "amount", "too small")).hasToString("line 7, amount: too small");
    }
}
