package io.capitalist4j.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.capitalist4j.application.port.in.ReconcileQuery;
import io.capitalist4j.application.port.in.ReconciledOrder;
import io.capitalist4j.application.port.in.ReconciledOrder.Status;
import io.capitalist4j.application.port.in.ReconciliationReport;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import io.capitalist4j.domain.payment.CardNumber;
import io.capitalist4j.domain.payment.CardPayout;
import io.capitalist4j.domain.payment.Opcode;
import io.capitalist4j.domain.payment.PaymentOrder;
import io.capitalist4j.domain.payment.SbpBank;
import io.capitalist4j.domain.payment.SbpPayout;
import io.capitalist4j.domain.payment.WalletPayout;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A number is found only when its one document pays the order's amount, in its currency, to its recipient. */
class ReconcileAgreementTest extends ClientTestBase {

    private static final Period PERIOD = Period.of(LocalDate.of(2025, 3, 25), LocalDate.of(2025, 3, 27));
    private static final String CARD = "4276380079956889";

    private static FoundDocument document(String number, String recipient, String amount, String currency) {
        return new FoundDocument("CAPITALIST", Optional.of(Fixtures.BATCH_ID.value()), Instant.parse("2025-03-26T10:00:00Z"),
                "R0100813", recipient, new BigDecimal(amount), currency, "payout", number, "5001", "", "PROCESSED",
                "Processed");
    }

    private static ReconciledOrder reconciled(PaymentOrder order, FoundDocument... documents) {
        return new ReconciledOrder(order.paymentNumber(), Optional.of(order), List.of(documents));
    }

    private static CapitalistTransfer transfer(String account, String amount, Currency currency) {
        return new CapitalistTransfer(AccountNumber.of(account), Money.of(amount, currency), "P-1", "payout");
    }

    private static CardPayout card(String digits) {
        return new CardPayout(Opcode.RUCARDP2P_DYN, CardNumber.of(digits), Money.of("3000.00", Currency.RUR), "P-1", "payout");
    }

    @Test
    void aDocumentWithAnotherAmountDiffersIsNeitherFoundNorMissingAndSaysWhy() {
        ReconciledOrder order = reconciled(transfer("U0100271", "16.00", Currency.USD),
                document("P-1", "U0100271", "15.50", "USD"));

        assertThat(order.status()).isEqualTo(Status.DIFFERS);
        assertThat(order.differs()).isTrue();
        assertThat(order.isFound()).as("a differing payment is not reported as found").isFalse();
        assertThat(order.isMissing()).as("nor as one that may be sent again").isFalse();
        assertThat(order.needsAttention()).isTrue();
        assertThat(order.differences()).containsExactly("amount 15.50 USD on the document, 16.00 USD in the file");
        assertThat(order.document()).isPresent();
    }

    @Test
    void amountsAreComparedAsNumbersNotAsText() {
        assertThat(reconciled(transfer("U0100271", "15.50", Currency.USD), document("P-1", "U0100271", "15.5", "USD"))
                .status()).isEqualTo(Status.FOUND);
        assertThat(reconciled(transfer("U0100271", "15.00", Currency.USD), document("P-1", "U0100271", "15", "USD"))
                .status()).isEqualTo(Status.FOUND);
    }

    @Test
    void theCurrencyIsComparedByCodeWithRubCountingAsRur() {
        PaymentOrder rur = transfer("R0100271", "1.50", Currency.RUR);
        assertThat(reconciled(rur, document("P-1", "R0100271", "1.50", "RUR")).status()).isEqualTo(Status.FOUND);
        assertThat(reconciled(rur, document("P-1", "R0100271", "1.50", "RUB")).status()).isEqualTo(Status.FOUND);
        assertThat(reconciled(rur, document("P-1", "R0100271", "1.50", "EUR")).differences())
                .containsExactly("currency EUR on the document, RUR in the file");
    }

    @Test
    void aMaskedCardAgreesWhenItsVisibleDigitsAndLengthAgree() {
        PaymentOrder order = card(CARD);
        assertThat(reconciled(order, document("P-1", "427638******6889", "3000.00", "RUR")).status()).isEqualTo(Status.FOUND);
        assertThat(reconciled(order, document("P-1", "************6889", "3000.00", "RUR")).status()).isEqualTo(Status.FOUND);
        assertThat(reconciled(order, document("P-1", CARD, "3000", "RUR")).status()).isEqualTo(Status.FOUND);
        assertThat(reconciled(order, document("P-1", "4276 3800 7995 6889", "3000", "RUR")).status()).isEqualTo(Status.FOUND);

        ReconciledOrder otherLastDigits = reconciled(order, document("P-1", "427638******6881", "3000.00", "RUR"));
        assertThat(otherLastDigits.status()).isEqualTo(Status.DIFFERS);
        assertThat(otherLastDigits.differences()).containsExactly(
                "recipient 427638******6881 on the document, 427638******6889 in the file");
        assertThat(reconciled(order, document("P-1", "427638*****6889", "3000.00", "RUR")).status())
                .as("one digit fewer").isEqualTo(Status.DIFFERS);
        assertThat(reconciled(order, document("P-1", "527638******6889", "3000.00", "RUR")).status())
                .isEqualTo(Status.DIFFERS);
    }

    @Test
    void aDifferingCardNumberIsNeverShownInFull() {
        ReconciledOrder order = reconciled(card(CARD), document("P-1", "4111111111111111", "3000.00", "RUR"));

        assertThat(String.join("; ", order.differences())).doesNotContain(CARD).doesNotContain("4111111111111111")
                .contains("411111******1111").contains("427638******6889");
    }

    @Test
    void aPhoneAgreesWithOrWithoutItsPlusAndAnAddressWhateverItsLetterCase() {
        PaymentOrder sbp = new SbpPayout("79030001122", Money.of("600.00", Currency.RUR), SbpBank.SBERBANK, "Ivan",
                "Ivanov", "ivan@example.com", "P-1", "payout");
        assertThat(reconciled(sbp, document("P-1", "+79030001122", "600", "RUR")).status()).isEqualTo(Status.FOUND);
        assertThat(reconciled(sbp, document("P-1", "79030001123", "600", "RUR")).status()).isEqualTo(Status.DIFFERS);

        String address = "0x52908400098527886E0F7030069857D2E4169EE7";
        PaymentOrder eth = new WalletPayout(Opcode.ETH, address, Money.of("0.5", Currency.ETH), "P-1", "payout");
        assertThat(reconciled(eth, document("P-1", address.toLowerCase(java.util.Locale.ROOT), "0.50000000", "ETH"))
                .status()).isEqualTo(Status.FOUND);
    }

    @Test
    void everyFieldThatDiffersIsNamedInOrder() {
        ReconciledOrder order = reconciled(transfer("U0100271", "16.00", Currency.USD),
                document("P-1", "U0100999", "15.50", "EUR"));

        assertThat(order.differences()).containsExactly(
                "amount 15.50 EUR on the document, 16.00 USD in the file",
                "currency EUR on the document, USD in the file",
                "recipient U0100999 on the document, U0100271 in the file");
    }

    @Test
    void anyChangedFieldMakesTheNumberDifferAndAnUnchangedDocumentIsFound() {
        qt().withExamples(300).forAll(integers().between(1, 99_999_999), integers().between(1, 9_999_999),
                integers().between(0, 7)).checkAssert((cents, account, changed) -> {
            BigDecimal amount = BigDecimal.valueOf(cents, 2);
            String recipient = "U" + account;
            PaymentOrder order = transfer(recipient, amount.toPlainString(), Currency.USD);
            boolean amountChanged = (changed & 1) != 0;
            boolean currencyChanged = (changed & 2) != 0;
            boolean recipientChanged = (changed & 4) != 0;
            // an unchanged amount is written with another scale: the same number, other text
            String onDocument = amountChanged ? amount.add(new BigDecimal("0.01")).toPlainString()
                    : amount.setScale(4).toPlainString();
            ReconciledOrder reconciled = reconciled(order, document("P-1", recipientChanged ? "U" + (account + 1) : recipient,
                    onDocument, currencyChanged ? "EUR" : "USD"));

            List<String> fields = new ArrayList<>();
            reconciled.differences().forEach(d -> fields.add(d.substring(0, d.indexOf(' '))));
            List<String> expected = new ArrayList<>();
            if (amountChanged) {
                expected.add("amount");
            }
            if (currencyChanged) {
                expected.add("currency");
            }
            if (recipientChanged) {
                expected.add("recipient");
            }
            assertThat(fields).isEqualTo(expected);
            assertThat(reconciled.status()).isEqualTo(changed == 0 ? Status.FOUND : Status.DIFFERS);
            assertThat(reconciled.isMissing()).isFalse();
            assertThat(reconciled.isFound()).isEqualTo(changed == 0);
        });
    }

    @Test
    void withoutTheOrderOneDocumentIsFoundByItsNumberAlone() {
        ReconciledOrder byNumber = new ReconciledOrder("P-1", List.of(document("P-1", "R0100999", "99.00", "EUR")));

        assertThat(byNumber.status()).isEqualTo(Status.FOUND);
        assertThat(byNumber.differences()).isEmpty();
    }

    @Test
    void severalDocumentsStayAmbiguousWhetherOrNotTheyAgree() {
        PaymentOrder order = transfer("R0100271", "1.50", Currency.RUR);
        ReconciledOrder several = reconciled(order, document("P-1", "R0100271", "1.50", "RUR"),
                document("P-1", "R0100999", "9.00", "RUR"));

        assertThat(several.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(several.needsAttention()).isTrue();
        assertThat(several.differences()).isEmpty();
    }

    @Test
    void theClientReportsADifferingNumberApartFromFoundAndMissingOnesAndOnlyMissingOnesMayBeSentAgain() {
        Map<String, List<FoundDocument>> held = Map.of(
                "P-1", List.of(Fixtures.document("P-1", "5001", "PROCESSED")),          // 1.50 RUR to R0100271: agrees
                "P-2", List.of(Fixtures.document("P-2", "5002", "PROCESSED")),          // 1.50, the file says 2.50
                "P-4", List.of(Fixtures.document("P-4", "5004", "NEW"), Fixtures.document("P-4", "5005", "NEW")));
        api.onSearch = search -> CompletableFuture.completedFuture(search.customNumber()
                .map(n -> held.getOrDefault(n, List.of()))
                .orElseGet(() -> held.values().stream().flatMap(List::stream).collect(java.util.stream.Collectors.toList())));

        ReconciliationReport report = value(client().reconcile(ReconcileQuery.of(Fixtures.batchOf(4), PERIOD)));

        assertThat(report.orders()).extracting(ReconciledOrder::status)
                .containsExactly(Status.FOUND, Status.DIFFERS, Status.MISSING, Status.AMBIGUOUS);
        assertThat(report.foundNumbers()).containsExactly("P-1", "P-4");
        assertThat(report.differingNumbers()).containsExactly("P-2");
        assertThat(report.missingNumbers()).as("the only numbers that may be sent again").containsExactly("P-3");
        assertThat(report.numbersNeedingAttention()).containsExactly("P-2", "P-4");
        assertThat(report.needsAttention()).isTrue();
        assertThat(report.allFound()).isFalse();
        assertThat(report.find("P-2").orElseThrow().differences())
                .containsExactly("amount 1.50 RUR on the document, 2.50 RUR in the file");
    }

    @Test
    void aQueryByNumberAloneNeverReportsADifference() {
        api.onSearch = search -> CompletableFuture.completedFuture(List.of(Fixtures.document("P-2", "5002", "NEW")));

        ReconciliationReport report = value(client().reconcile(new ReconcileQuery(List.of("P-2"), PERIOD)));

        assertThat(report.orders()).extracting(ReconciledOrder::status).containsExactly(Status.FOUND);
        assertThat(report.needsAttention()).isFalse();
    }

    @Test
    void aQueryRefusesAnOrderForANumberItDoesNotLookForOrUnderAnotherNumber() {
        PaymentOrder p1 = Fixtures.transfer(1);
        assertThatThrownBy(() -> new ReconcileQuery(List.of("P-2"), PERIOD, 4, Map.of("P-1", p1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not looked for");
        assertThatThrownBy(() -> new ReconcileQuery(List.of("P-1", "P-2"), PERIOD, 4, Map.of("P-2", p1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'P-1'");
        assertThat(ReconcileQuery.of(Fixtures.batchOf(2), PERIOD).withConcurrency(2).expected()).containsOnlyKeys("P-1", "P-2");
    }
}
