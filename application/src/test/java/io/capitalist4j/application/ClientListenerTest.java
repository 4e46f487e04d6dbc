package io.capitalist4j.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.capitalist4j.application.port.in.BatchProgress;
import io.capitalist4j.application.port.in.PaymentNumbersHeldException;
import io.capitalist4j.application.port.in.RecoverQuery;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.application.port.in.WaitOptions;
import io.capitalist4j.application.port.out.events.BatchStateEvent;
import io.capitalist4j.application.port.out.events.CallEvent;
import io.capitalist4j.application.port.out.events.CallOutcome;
import io.capitalist4j.application.port.out.events.CapitalistListener;
import io.capitalist4j.application.port.out.events.JournalTransition;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.LineRejection;
import io.capitalist4j.domain.batch.RecordState;
import io.capitalist4j.domain.batch.Verification;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.error.ApiError;
import io.capitalist4j.domain.error.ApiException;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.error.ErrorCode;
import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.domain.error.InsufficientFundsException;
import io.capitalist4j.domain.error.OutcomeUnknownException;
import io.capitalist4j.domain.error.TransportException;
import io.capitalist4j.domain.money.Currency;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What a v1 client tells its listener: every call with its outcome, every record state a wait sees, every journal move. */
class ClientListenerTest extends ClientTestBase {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
    private static final AccountNumber SOMEONE = AccountNumber.of("R0100271");

    private final RecordingListener events = new RecordingListener();
    private final MemoryJournal journal = new MemoryJournal(Clock.fixed(T0, ZoneOffset.UTC));
    private final Fixtures.RecordingVerification signer =
            new Fixtures.RecordingVerification(Verification.signature("c2lnbmF0dXJl"));

    private CapitalistClient listened() {
        return builder().listener(events).build();
    }

    private CapitalistClient journaled() {
        return builder().listener(events).journal(journal, JournaledSubmitTest.LOGIN)
                .clock(Clock.fixed(T0.plus(Duration.ofMinutes(10)), ZoneOffset.UTC)).build();
    }

    private static BatchReceipt receipt(LineRejection... rejections) {
        return new BatchReceipt(Fixtures.BATCH_ID, Map.of(Currency.RUR, new BigDecimal("6.00")),
                Map.of(Currency.RUR, new BigDecimal("0.10")), Map.of(Currency.RUR, new BigDecimal("6.10")),
                List.of(rejections));
    }

    @Test
    void aCallThatAnswersIsReportedOkUnderItsWireNameWithItsDuration() {
        api.onVerified = a -> CompletableFuture.completedFuture(true);

        assertThat(value(listened().isVerified(SOMEONE))).isTrue();

        assertThat(events.calls).singleElement().satisfies(call -> {
            assertThat(call.protocol()).isEqualTo("v1");
            assertThat(call.operation()).isEqualTo("is_verified_account");
            assertThat(call.outcome()).isEqualTo(CallOutcome.OK);
            assertThat(call.code()).isEmpty();
        });
    }

    @Test
    void anApiErrorIsReportedWithItsCodeAndTheCallerStillGetsTheSameException() {
        ApiException refused = ApiException.of("is_verified_account", ApiError.of(ErrorCode.INSUFFICIENT_FUNDS, "no"));
        api.onVerified = a -> CompletableFuture.failedFuture(refused);

        assertThat(failure(listened().isVerified(SOMEONE))).isSameAs(refused);
        assertThat(events.callSummary()).containsExactly("is_verified_account API_ERROR 135");
    }

    @Test
    void anHttpErrorStatusIsAnApiErrorNamedByTheStatus() {
        api.onRates = () -> CompletableFuture.failedFuture(new HttpStatusException("currency_rates", 503, "busy"));

        assertThat(failure(listened().rates())).isInstanceOf(HttpStatusException.class);
        assertThat(events.callSummary()).containsExactly("currency_rates API_ERROR http-503");
    }

    @Test
    void aBrokenConnectionAnUnreadableAnswerAndAPortThatThrowsAreTransportFailures() {
        CapitalistClient client = listened();
        api.onAccounts = () -> CompletableFuture.failedFuture(new TransportException("get_accounts", "reset", true, null));
        api.onRates = () -> CompletableFuture.failedFuture(new DecodingException("currency_rates", "garbage", null));
        api.onVerified = a -> {
            throw new IllegalStateException("the port threw instead of failing its stage");
        };

        assertThat(failure(client.accounts())).isInstanceOf(TransportException.class);
        assertThat(failure(client.rates())).isInstanceOf(DecodingException.class);
        assertThat(failure(client.isVerified(SOMEONE))).isInstanceOf(IllegalStateException.class);

        assertThat(events.callSummary()).containsExactly("get_accounts TRANSPORT", "currency_rates TRANSPORT",
                "is_verified_account TRANSPORT");
    }

    @Test
    void anAcceptedUploadIsOneOkCallAndItsNumbersAreClaimedThenSentOrReleased() {
        api.onImport = r -> CompletableFuture.completedFuture(receipt(new LineRejection(2, "card not accepted")));

        value(journaled().submit(SubmitBatchCommand.of(Fixtures.batchOf(3), signer)));

        assertThat(events.callSummary()).containsExactly("import_batch_advanced OK");
        assertThat(events.journalCounts()).containsExactly(entry(JournalTransition.CLAIMED, 3),
                entry(JournalTransition.SENT, 2), entry(JournalTransition.RELEASED, 1));
        assertThat(events.journal).allSatisfy(e -> assertThat(e.protocol()).isEqualTo("v1"));
    }

    @Test
    void anUploadWhoseAnswerWasLostIsOutcomeUnknownAndLeavesItsNumbersInDoubt() {
        api.onImport = r -> CompletableFuture.failedFuture(
                new TransportException("import_batch_advanced", "connection reset", true, null));

        assertThat(failure(journaled().submit(SubmitBatchCommand.of(Fixtures.batchOf(2), signer))))
                .isInstanceOf(OutcomeUnknownException.class);

        assertThat(events.callSummary()).containsExactly("import_batch_advanced OUTCOME_UNKNOWN");
        assertThat(events.journalCounts()).containsExactly(entry(JournalTransition.CLAIMED, 2),
                entry(JournalTransition.LEFT_IN_DOUBT, 2));
        assertThat(journal.count(JournaledSubmitTest.LOGIN, JournalState.IN_DOUBT)).isEqualTo(2);
    }

    @Test
    void anUploadThatNeverLeftIsATransportFailureAndARefusalAnApiErrorBothReleasingTheNumbers() {
        CapitalistClient client = journaled();
        api.onImport = r -> CompletableFuture.failedFuture(
                new TransportException("import_batch_advanced", "connection refused", false, null));
        assertThat(failure(client.submit(SubmitBatchCommand.of(Fixtures.batchOf(2), signer))))
                .isInstanceOf(TransportException.class);
        api.onImport = r -> CompletableFuture.failedFuture(
                new InsufficientFundsException("import_batch_advanced", new ApiError(135, "Insufficient funds")));
        assertThat(failure(client.submit(SubmitBatchCommand.of(Fixtures.batchOf(2), signer))))
                .isInstanceOf(InsufficientFundsException.class);

        assertThat(events.callSummary()).containsExactly("import_batch_advanced TRANSPORT",
                "import_batch_advanced API_ERROR 135");
        assertThat(events.journalCounts()).containsExactly(entry(JournalTransition.CLAIMED, 4),
                entry(JournalTransition.RELEASED, 4));
    }

    @Test
    void aSystemErrorCodeOnAnUploadIsOutcomeUnknownLikeTheClientReportsIt() {
        api.onImport = r -> CompletableFuture.failedFuture(
                ApiException.of("import_batch_advanced", ApiError.of(ErrorCode.SYSTEM_ERROR, "try later")));

        assertThat(failure(journaled().submit(SubmitBatchCommand.of(Fixtures.batchOf(1), signer))))
                .isInstanceOf(OutcomeUnknownException.class);
        assertThat(events.callSummary()).containsExactly("import_batch_advanced OUTCOME_UNKNOWN");
    }

    @Test
    void aBatchTheJournalHoldsIsRefusedHeldAndNothingIsCalled() {
        CapitalistClient client = journaled();
        api.onImport = r -> CompletableFuture.completedFuture(receipt());
        value(client.submit(SubmitBatchCommand.of(Fixtures.batchOf(3), signer)));

        assertThat(failure(client.submit(SubmitBatchCommand.of(Fixtures.batchOf(3), signer))))
                .isInstanceOf(PaymentNumbersHeldException.class);

        assertThat(events.callSummary()).containsExactly("import_batch_advanced OK");
        assertThat(events.journalCounts()).containsExactly(entry(JournalTransition.CLAIMED, 3),
                entry(JournalTransition.SENT, 3), entry(JournalTransition.REFUSED_HELD, 3));
    }

    @Test
    void recoverReportsTheSearchesAndTheNumbersItSettles() {
        CapitalistClient client = journaled();
        api.onImport = r -> CompletableFuture.failedFuture(
                new TransportException("import_batch_advanced", "connection reset", true, null));
        failure(client.submit(SubmitBatchCommand.of(Fixtures.batchOf(2), signer)));
        api.onSearch = s -> CompletableFuture.completedFuture(List.<FoundDocument>of());

        value(client.recover(RecoverQuery.defaults()));

        assertThat(events.callsOf("documents_search", CallOutcome.OK)).isNotEmpty();
        assertThat(events.journalCounts()).containsEntry(JournalTransition.RELEASED, 2);
        assertThat(journal.count(JournaledSubmitTest.LOGIN, JournalState.IN_DOUBT)).isZero();
    }

    @Test
    void aWaitReportsEachRecordWhenFirstSeenAndAtEveryChangeNotAtEveryPoll() {
        List<List<BatchRecord>> answers = List.of(
                records(RecordState.NEW, RecordState.NEW, RecordState.PROCESSED),
                records(RecordState.NEW, RecordState.INPROCESS, RecordState.PROCESSED),
                records(RecordState.PROCESSED, RecordState.DECLINED, RecordState.PROCESSED));
        scriptPolls(answers);

        value(listened().awaitCompletion(Fixtures.BATCH_ID, WaitOptions.of(Duration.ofMillis(1), Duration.ofMinutes(5))));

        assertThat(events.stateSummary()).containsExactly("->NEW", "->NEW", "->PROCESSED", "NEW>INPROCESS",
                "NEW>PROCESSED", "INPROCESS>DECLINED");
        assertThat(events.states).extracting(BatchStateEvent::batchId).containsOnly(Fixtures.BATCH_ID.value());
        assertThat(events.states).extracting(BatchStateEvent::protocol).containsOnly("v1");
        assertThat(events.callsOf("get_batch_info", CallOutcome.OK)).hasSize(3);
    }

    @Test
    void aWaitKeepingOnlyCountsReportsTheSameChangesAcrossSeveralPages() {
        scriptPolls(List.of(
                records(RecordState.READY, RecordState.READY, RecordState.READY),
                records(RecordState.READY, RecordState.PROCESSED, RecordState.PROCESSED),
                records(RecordState.PROCESSED, RecordState.PROCESSED, RecordState.PROCESSED)));

        BatchProgress progress = value(listened().awaitFinal(Fixtures.BATCH_ID,
                WaitOptions.of(Duration.ofMillis(1), Duration.ofMinutes(5)).withPageSize(2)));

        assertThat(progress.isComplete()).isTrue();
        assertThat(events.stateSummary()).containsExactly("->READY", "->READY", "->READY", "READY>PROCESSED",
                "READY>PROCESSED", "READY>PROCESSED");
    }

    @Test
    void aListenerThatThrowsFailsNoPayoutAndTheNextListenerIsStillTold() {
        AtomicInteger thrown = new AtomicInteger();
        CapitalistListener broken = new CapitalistListener() {
            @Override
            public void onCall(CallEvent e) {
                thrown.incrementAndGet();
                throw new IllegalStateException("metrics backend down");
            }

            @Override
            public void onJournal(io.capitalist4j.application.port.out.events.JournalEvent e) {
                thrown.incrementAndGet();
                throw new AssertionError("even an Error stays the listener's");
            }
        };
        api.onImport = r -> CompletableFuture.completedFuture(receipt());
        CapitalistClient client = builder().listener(broken).listener(events).journal(journal, JournaledSubmitTest.LOGIN)
                .build();

        assertThat(value(client.submit(SubmitBatchCommand.of(Fixtures.batchOf(2), signer))).acceptedPaymentNumbers())
                .containsExactly("P-1", "P-2");

        assertThat(thrown).hasValue(3); // one call, two journal moves
        assertThat(events.callSummary()).containsExactly("import_batch_advanced OK");
        assertThat(events.journalCounts()).containsExactly(entry(JournalTransition.CLAIMED, 2),
                entry(JournalTransition.SENT, 2));
        assertThat(journal.stateOf("P-1")).isEqualTo(JournalState.SENT);
    }

    @Test
    void aRawCallIsReportedUnderItsWireNameOnlyWhenItLooksLikeOne() {
        CapitalistClient client = listened();

        failure(client.call("get_cards_list", Map.of()));
        failure(client.call("get cards for 4111111111111111", Map.of()));

        // FakeApi offers no raw calls: the port's default fails them, which counts as no answer
        assertThat(events.callSummary()).containsExactly("get_cards_list TRANSPORT", "raw TRANSPORT");
    }

    @Test
    void withoutAListenerTheClientCallsThePortAsItIs() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        api.onVerified = a -> answer;

        assertThat(client().isVerified(SOMEONE)).isSameAs(answer);
    }

    private void scriptPolls(List<List<BatchRecord>> answers) {
        AtomicInteger polls = new AtomicInteger();
        api.onBatchInfo = (id, request) -> {
            int poll = request.startOffset().orElse(0) == 0 ? polls.incrementAndGet() : polls.get();
            List<BatchRecord> now = answers.get(Math.min(poll, answers.size()) - 1);
            return CompletableFuture.completedFuture(FakeApi.slice(id, request, now));
        };
    }

    private static List<BatchRecord> records(RecordState... states) {
        List<BatchRecord> records = new ArrayList<>();
        for (int i = 0; i < states.length; i++) {
            records.add(Fixtures.record(i + 1, states[i]));
        }
        return records;
    }
}
