package io.capitalist4j.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.application.port.in.JournaledSubmission;
import io.capitalist4j.application.port.in.PaymentNumbersHeldException;
import io.capitalist4j.application.port.in.RecoverQuery;
import io.capitalist4j.application.port.in.ReconcileQuery;
import io.capitalist4j.application.port.in.RecoveryReport;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.application.port.in.SubmittedBatch;
import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.application.port.out.journal.JournalUnavailableException;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.LineRejection;
import io.capitalist4j.domain.batch.RecordState;
import io.capitalist4j.domain.batch.Verification;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.domain.error.ApiError;
import io.capitalist4j.domain.error.ApiException;
import io.capitalist4j.domain.error.InsufficientFundsException;
import io.capitalist4j.domain.error.OutcomeUnknownException;
import io.capitalist4j.domain.error.TransportException;
import io.capitalist4j.domain.money.Currency;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JournaledSubmitTest extends ClientTestBase {

    static final String LOGIN = "payer";
    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    private final MemoryJournal journal = new MemoryJournal(Clock.fixed(T0, ZoneOffset.UTC));
    private final Fixtures.RecordingVerification signer =
            new Fixtures.RecordingVerification(Verification.signature("c2lnbmF0dXJl"));

    private CapitalistClient journaled() {
        return builder().journal(journal, LOGIN).clock(Clock.fixed(T0.plus(Duration.ofMinutes(10)), ZoneOffset.UTC))
                .build();
    }

    private static BatchReceipt receipt(LineRejection... rejections) {
        return new BatchReceipt(Fixtures.BATCH_ID, Map.of(Currency.RUR, new BigDecimal("6.00")),
                Map.of(Currency.RUR, new BigDecimal("0.10")), Map.of(Currency.RUR, new BigDecimal("6.10")),
                List.of(rejections));
    }

    private List<String> statesAtUpload = new ArrayList<>();

    private void answering(BatchReceipt receipt) {
        api.onImport = request -> {
            statesAtUpload.add(journal.entries.values().stream().map(e -> e.paymentNumber() + "=" + e.state().label())
                    .collect(Collectors.joining(",")));
            return CompletableFuture.completedFuture(receipt);
        };
    }

    @Test
    void everyNumberIsInDoubtBeforeTheUploadAndSentOrReleasedByTheAnswer() {
        answering(receipt(new LineRejection(2, "bad account")));

        SubmittedBatch submitted = value(journaled().submit(SubmitBatchCommand.of(Fixtures.batchOf(3), signer)));

        assertThat(statesAtUpload).containsExactly("P-1=in-doubt,P-2=in-doubt,P-3=in-doubt");
        assertThat(submitted.acceptedPaymentNumbers()).containsExactly("P-1", "P-3");
        assertThat(journal.stateOf("P-1")).isEqualTo(JournalState.SENT);
        assertThat(journal.stateOf("P-3")).isEqualTo(JournalState.SENT);
        assertThat(journal.entries.get(LOGIN + "/P-1").batchId()).contains(Fixtures.BATCH_ID.value());
        assertThat(journal.stateOf("P-2")).isEqualTo(JournalState.RELEASED);
        assertThat(journal.entries.get(LOGIN + "/P-2").note()).contains("rejected at upload: bad account");
    }

    @Test
    void theSameBatchTwiceIsRefusedWithTheHeldNumbersAndNothingIsUploaded() {
        answering(receipt());
        CapitalistClient client = journaled();
        value(client.submit(SubmitBatchCommand.of(Fixtures.batchOf(2), signer)));

        Throwable refused = failure(client.submit(SubmitBatchCommand.of(Fixtures.batchOf(3), signer)));

        assertThat(refused).isInstanceOf(PaymentNumbersHeldException.class)
                .hasMessageContaining("P-1 (sent)").hasMessageContaining("P-2 (sent)").hasMessageContaining("nothing was uploaded");
        assertThat(((PaymentNumbersHeldException) refused).held()).extracting(JournalEntry::paymentNumber)
                .containsExactly("P-1", "P-2");
        assertThat(api.imports).hasSize(1);
        assertThat(journal.entries).doesNotContainKey(LOGIN + "/P-3"); // all or nothing: P-3 was not claimed
        assertThat(signer.texts).as("a refused batch is never signed").hasSize(1);
    }

    @Test
    void theTextIsRenderedWhileTheClaimCommitsAndSignedOnlyAfterIt() {
        answering(receipt());
        List<Boolean> renderedDuringClaim = new ArrayList<>();
        List<Integer> signedBeforeClaimEnded = new ArrayList<>();
        journal.beforeClaim = () -> {
            try {
                // the claim does not end until the text is being rendered: one after the other would stop here
                renderedDuringClaim.add(format.rendering.await(20, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            signedBeforeClaimEnded.add(signer.texts.size());
        };

        value(journaled().submit(SubmitBatchCommand.of(Fixtures.batchOf(3), signer)));

        assertThat(renderedDuringClaim).containsExactly(true);
        assertThat(signedBeforeClaimEnded).containsExactly(0);
        assertThat(format.renders).hasValue(1);
        assertThat(signer.texts).hasSize(1);
        assertThat(api.imports).singleElement().satisfies(r -> assertThat(r.text()).isEqualTo(signer.texts.get(0)));
    }

    @Test
    void skippingSentUploadsOnlyTheLinesNotHeldAndSaysSoWhenNoneAreLeft() {
        answering(receipt());
        CapitalistClient client = journaled();
        value(client.submit(SubmitBatchCommand.of(Fixtures.batchOf(2), signer)));

        JournaledSubmission second = value(client.submitSkippingSent(SubmitBatchCommand.of(Fixtures.batchOf(4), signer)));
        JournaledSubmission third = value(client.submitSkippingSent(SubmitBatchCommand.of(Fixtures.batchOf(4), signer)));

        assertThat(api.imports).hasSize(2);
        assertThat(api.imports.get(1).text().text()).doesNotContain("P-1;").doesNotContain("P-2;")
                .contains("P-3;").contains("P-4;");
        assertThat(second.skipped()).extracting(JournalEntry::paymentNumber).containsExactly("P-1", "P-2");
        assertThat(second.upload().orElseThrow().acceptedPaymentNumbers()).containsExactly("P-3", "P-4");
        assertThat(third.nothingSent()).isTrue();
        assertThat(third.skipped()).hasSize(4);
        // the lines left are rendered again and only they are signed
        assertThat(signer.texts).hasSize(2);
        assertThat(signer.texts.get(1)).isEqualTo(api.imports.get(1).text());
    }

    @Test
    void anUnknownOutcomeLeavesTheNumbersInDoubtWithTheReason() {
        api.onImport = r -> CompletableFuture.failedFuture(new TransportException("import_batch_advanced", "connection reset", true, null));

        Throwable failure = failure(journaled().submit(SubmitBatchCommand.of(Fixtures.batchOf(2), signer)));

        assertThat(failure).isInstanceOf(OutcomeUnknownException.class);
        assertThat(journal.stateOf("P-1")).isEqualTo(JournalState.IN_DOUBT);
        assertThat(journal.entries.get(LOGIN + "/P-2").note().orElseThrow()).startsWith("upload outcome unknown");
    }

    @Test
    void aProvenRefusalReleasesEveryNumberSoTheyCanBeSentAgain() {
        api.onImport = r -> CompletableFuture.failedFuture(new InsufficientFundsException("import_batch_advanced", new ApiError(135, "Insufficient funds")));
        CapitalistClient client = journaled();

        Throwable failure = failure(client.submit(SubmitBatchCommand.of(Fixtures.batchOf(2), signer)));
        assertThat(failure).isInstanceOf(ApiException.class);
        assertThat(journal.stateOf("P-1")).isEqualTo(JournalState.RELEASED);

        answering(receipt());
        value(client.submit(SubmitBatchCommand.of(Fixtures.batchOf(2), signer)));
        assertThat(journal.stateOf("P-1")).isEqualTo(JournalState.SENT);
        assertThat(api.imports).hasSize(2);
    }

    @Test
    void anAcceptedUploadTheJournalCouldNotRecordSaysSoAndStaysHeld() {
        answering(receipt());
        journal.failing = "markSent";
        CapitalistClient client = journaled();

        SubmittedBatch submitted = value(client.submit(SubmitBatchCommand.of(Fixtures.batchOf(2), signer)));

        assertThat(submitted.journalProblem().orElseThrow()).contains("batch " + Fixtures.BATCH_ID)
                .contains("stay in-doubt until recover");
        assertThat(journal.stateOf("P-1")).isEqualTo(JournalState.IN_DOUBT);
        assertThat(failure(client.submit(SubmitBatchCommand.of(Fixtures.batchOf(2), signer))))
                .isInstanceOf(PaymentNumbersHeldException.class);
        assertThat(api.imports).hasSize(1);
    }

    @Test
    void anUnreachableJournalSendsNothing() {
        answering(receipt());
        journal.down = true;

        Throwable failure = failure(journaled().submit(SubmitBatchCommand.of(Fixtures.batchOf(2), signer)));

        assertThat(failure).isInstanceOf(JournalUnavailableException.class);
        assertThat(api.imports).isEmpty();
        assertThat(signer.texts).isEmpty();
    }

    @Test
    void recoverAsksOncePerPeriodAndOncePerUnmatchedNumber() {
        api.onImport = r -> CompletableFuture.failedFuture(new TransportException("import_batch_advanced", "connection reset", true, null));
        CapitalistClient client = journaled();
        failure(client.submit(SubmitBatchCommand.of(Fixtures.batchOf(50), signer)));
        // the server holds 40 of the 50 numbers; 10 never arrived
        List<FoundDocument> held = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> Fixtures.document("P-" + i, String.valueOf(5000 + i), "NEW", new BigDecimal(i + ".50")))
                .collect(Collectors.toList());
        api.onSearch = s -> CompletableFuture.completedFuture(s.customNumber().isEmpty() ? held : List.of());

        RecoveryReport report = value(client.recover(RecoverQuery.defaults()));

        assertThat(report.sent()).hasSize(40);
        assertThat(report.released()).hasSize(10).allSatisfy(e -> assertThat(e.note().orElseThrow())
                .contains("the server holds no document with this number from 02.12.2026 to 02.12.2026"));
        assertThat(report.settled()).isTrue();
        assertThat(api.searches).hasSize(1 + 10);
        assertThat(api.searches.get(0).customNumber()).isEmpty();
        assertThat(api.searches.get(0).period()).isEqualTo(Period.of(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2)));
        assertThat(journal.stateOf("P-1")).isEqualTo(JournalState.SENT);
        assertThat(journal.entries.get(LOGIN + "/P-1").batchId()).contains(Fixtures.BATCH_ID.value());
        assertThat(journal.stateOf("P-50")).isEqualTo(JournalState.RELEASED);
    }

    @Test
    void recoverLeavesInDoubtANumberWhoseOneDocumentPaysAnotherAmountOrRecipientThanTheClaimKept() {
        api.onImport = r -> CompletableFuture.failedFuture(new TransportException("import_batch_advanced", "connection reset", true, null));
        CapitalistClient client = journaled();
        failure(client.submit(SubmitBatchCommand.of(Fixtures.batchOf(3), signer)));
        // P-1 agrees; P-2 carries another amount; P-3 pays another account
        FoundDocument other = Fixtures.document("P-3", "5003", "NEW", new BigDecimal("3.50"));
        List<FoundDocument> held = List.of(Fixtures.document("P-1", "5001", "NEW", new BigDecimal("1.50")),
                Fixtures.document("P-2", "5002", "NEW", new BigDecimal("20.00")),
                new FoundDocument(other.type(), other.batchId(), other.timestamp(), other.sourceAccount(), "R0999999",
                        other.amount(), other.currency(), other.description(), other.customNumber(),
                        other.documentNumber(), other.comment(), other.documentState(), other.localizedDocumentState()));
        api.onSearch = s -> CompletableFuture.completedFuture(s.customNumber().isEmpty() ? held : List.of());

        RecoveryReport report = value(client.recover(RecoverQuery.defaults()));

        assertThat(report.sent()).extracting(JournalEntry::paymentNumber).containsExactly("P-1");
        assertThat(report.released()).isEmpty();
        assertThat(report.settled()).isFalse();
        assertThat(report.stillInDoubt()).extracting(u -> u.entry().paymentNumber()).containsExactlyInAnyOrder("P-2", "P-3");
        assertThat(report.stillInDoubt()).filteredOn(u -> u.entry().paymentNumber().equals("P-2")).singleElement()
                .satisfies(u -> assertThat(u.reason()).startsWith("found, differs: amount 20.00 RUR on the document, 2.50 RUR when claimed"));
        assertThat(report.stillInDoubt()).filteredOn(u -> u.entry().paymentNumber().equals("P-3")).singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("recipient R0999999 on the document, R0100271 when claimed"));
        assertThat(journal.stateOf("P-2")).isEqualTo(JournalState.IN_DOUBT);
        assertThat(journal.stateOf("P-3")).isEqualTo(JournalState.IN_DOUBT);
        assertThat(journal.calls).contains("claimedPayouts");
    }

    @Test
    void recoverReadsTheBatchPagesWhenTheBatchIdIsKnown() {
        api.onImport = r -> CompletableFuture.failedFuture(new TransportException("import_batch_advanced", "connection reset", true, null));
        CapitalistClient client = journaled();
        failure(client.submit(SubmitBatchCommand.of(Fixtures.batchOf(3), signer)));
        String claim = journal.entries.get(LOGIN + "/P-1").claimId();
        journal.noteInDoubt(LOGIN, claim, List.of("P-1", "P-2", "P-3"), Optional.of(Fixtures.BATCH_ID.value()), "known batch");
        List<BatchRecord> records = List.of(Fixtures.record(1, RecordState.PROCESSED), Fixtures.skipped(2),
                Fixtures.record(3, RecordState.NEW));
        api.onBatchInfo = FakeApi.serving(records);

        RecoveryReport report = value(client.recover(RecoverQuery.defaults()));

        assertThat(report.sent()).extracting(JournalEntry::paymentNumber).containsExactly("P-1", "P-3");
        assertThat(report.released()).extracting(JournalEntry::paymentNumber).containsExactly("P-2");
        assertThat(report.released().get(0).note().orElseThrow()).contains("rejected at upload").contains("bad account");
        assertThat(api.searches).isEmpty();
        assertThat(api.pageRequests).hasSize(1);
    }

    @Test
    void aClaimYoungerThanTheQuietPeriodWithNoOutcomeNotedIsLeftInDoubt() {
        // a process claimed these and died (or is still uploading): nothing noted how its upload ended
        journal.claim(LOGIN, List.of("P-1", "P-2"), io.capitalist4j.application.port.out.journal.ClaimMode.ALL_OR_NOTHING);
        CapitalistClient client = journaled();

        RecoveryReport report = value(client.recover(RecoverQuery.defaults().quietPeriod(Duration.ofMinutes(30))));

        assertThat(report.settled()).isFalse();
        assertThat(report.stillInDoubt()).hasSize(2).allSatisfy(u -> assertThat(u.reason()).contains("claimed less than 30 min ago"));
        assertThat(api.searches).isEmpty();
        assertThat(journal.stateOf("P-1")).isEqualTo(JournalState.IN_DOUBT);
    }

    @Test
    void anUploadThatEndedWithAnUnknownOutcomeIsSettledAtOnceWhateverTheQuietPeriod() {
        api.onImport = r -> CompletableFuture.failedFuture(new TransportException("import_batch_advanced", "connection reset", true, null));
        CapitalistClient client = journaled();
        failure(client.submit(SubmitBatchCommand.of(Fixtures.batchOf(2), signer)));
        api.onSearch = s -> CompletableFuture.completedFuture(List.of());

        RecoveryReport report = value(client.recover(RecoverQuery.defaults().quietPeriod(Duration.ofMinutes(30))));

        assertThat(report.settled()).isTrue();
        assertThat(report.released()).hasSize(2);
    }

    @Test
    void aFailedSearchLeavesTheNumbersInDoubtAndSaysWhy() {
        api.onImport = r -> CompletableFuture.failedFuture(new TransportException("import_batch_advanced", "connection reset", true, null));
        CapitalistClient client = journaled();
        failure(client.submit(SubmitBatchCommand.of(Fixtures.batchOf(2), signer)));
        api.onSearch = s -> CompletableFuture.failedFuture(new TransportException("documents_search", "connection reset", true, null));

        RecoveryReport report = value(client.recover(RecoverQuery.defaults()));

        assertThat(report.stillInDoubt()).hasSize(2).allSatisfy(u -> assertThat(u.reason()).startsWith("could not ask the server"));
        assertThat(journal.stateOf("P-2")).isEqualTo(JournalState.IN_DOUBT);
    }

    @Test
    void reconcilingNumbersTheServerHoldsCostsOneSearch() {
        List<String> numbers = IntStream.rangeClosed(1, 500).mapToObj(i -> "P-" + i).collect(Collectors.toList());
        List<FoundDocument> held = numbers.stream().map(n -> Fixtures.document(n, "9" + n.substring(2), "PROCESSED"))
                .collect(Collectors.toList());
        api.onSearch = s -> CompletableFuture.completedFuture(s.customNumber().isEmpty() ? held : List.of());

        var report = value(client().reconcile(new ReconcileQuery(numbers, Period.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2)))));

        assertThat(report.orders()).hasSize(500).allSatisfy(o -> assertThat(o.isFound()).isTrue());
        assertThat(api.searches).hasSize(1);
    }

}
