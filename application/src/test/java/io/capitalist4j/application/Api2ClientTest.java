package io.capitalist4j.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.application.port.in.Api2BatchCommand;
import io.capitalist4j.application.port.in.Api2BatchOutcome;
import io.capitalist4j.application.port.in.Api2PayoutResult;
import io.capitalist4j.application.port.in.Api2PayoutResult.Status;
import io.capitalist4j.application.port.in.PaymentNumbersHeldException;
import io.capitalist4j.application.port.in.RecoveryReport;
import io.capitalist4j.application.port.out.api2.Api2Port;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.api2.Api2Account;
import io.capitalist4j.domain.api2.Api2Created;
import io.capitalist4j.domain.api2.Api2ExchangeRequest;
import io.capitalist4j.domain.api2.Api2Payment;
import io.capitalist4j.domain.api2.Api2PaymentRequest;
import io.capitalist4j.domain.api2.Api2PaymentState;
import io.capitalist4j.domain.api2.Api2Rate;
import io.capitalist4j.domain.api2.Api2TransactionPage;
import io.capitalist4j.domain.api2.Api2TransactionQuery;
import io.capitalist4j.domain.api2.DepositAddress;
import io.capitalist4j.domain.api2.WhitelistEntry;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchValidationException;
import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.domain.error.OutcomeUnknownException;
import io.capitalist4j.domain.error.TransportException;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.CardNumber;
import io.capitalist4j.domain.payment.CardPayout;
import io.capitalist4j.domain.payment.Opcode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class Api2ClientTest extends ClientTestBase {

    private final MemoryJournal journal = new MemoryJournal(Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC));
    private final Api2Fake api2 = new Api2Fake();

    private Api2Client api2Client() {
        return Api2Client.builder().api(api2).journal(journal, JournaledSubmitTest.LOGIN).executor(workers)
                .scheduler(scheduler).build();
    }

    private static Api2BatchCommand command(int size) {
        return Api2BatchCommand.of(Fixtures.batchOf(size));
    }

    @Test
    void everyLineIsOnePaymentFromTheOneAccountOfItsCurrencyAndIsSentInTheJournal() {
        Api2BatchOutcome outcome = value(api2Client().submit(command(3)));

        assertThat(outcome.results()).extracting(Api2PayoutResult::status).containsOnly(Status.CREATED);
        assertThat(api2.created).extracting(Api2PaymentRequest::userRequestId).containsExactlyInAnyOrder("P-1", "P-2", "P-3");
        assertThat(api2.created).allSatisfy(r -> assertThat(r.accountFrom().value()).isEqualTo("R0123505"));
        assertThat(api2.accountCalls).containsExactly(Currency.RUR);
        assertThat(journal.stateOf("P-2")).isEqualTo(JournalState.SENT);
        assertThat(journal.entries.get(JournaledSubmitTest.LOGIN + "/P-2").batchId().orElseThrow()).startsWith("document ");
    }

    @Test
    void aLineApi2CannotCarryStopsTheBatchBeforeAnyClaimOrPayment() {
        Batch batch = Batch.of(List.of(Fixtures.transfer(1), new CardPayout(Opcode.UKRCARD,
                CardNumber.of("4111111111111111"), Money.of("10.00", Currency.UAH), "U-1", "payout")));

        Throwable failure = failure(api2Client().submit(Api2BatchCommand.of(batch)
                .withSourceAccount(Currency.UAH, AccountNumber.of("H0000001"))));

        assertThat(failure).isInstanceOf(BatchValidationException.class).hasMessageContaining("line 2")
                .hasMessageContaining("v1-only");
        assertThat(api2.created).isEmpty();
        assertThat(journal.calls).doesNotContain("claim");
    }

    @Test
    void aHeldNumberRefusesTheBatchAndSendsNothing() {
        value(api2Client().submit(command(2)));

        Throwable failure = failure(api2Client().submit(command(3)));

        assertThat(failure).isInstanceOf(PaymentNumbersHeldException.class);
        assertThat(api2.created).hasSize(2);
    }

    @Test
    void aLostAnswerIsLookedUpAndNeverResentWhenTheServerHasThePayment() {
        api2.loseAnswerOf("P-1", true);

        Api2BatchOutcome outcome = value(api2Client().submit(command(2)));

        assertThat(outcome.results().get(0).status()).isEqualTo(Status.CREATED);
        assertThat(outcome.results().get(0).attempts()).isEqualTo(1);
        assertThat(api2.requestsFor("P-1")).isEqualTo(1);
        assertThat(api2.lookups).containsExactly("P-1");
    }

    @Test
    void aLostRequestTheServerNeverSawIsSentAgainWithTheSameId() {
        api2.loseAnswerOf("P-1", false);

        Api2BatchOutcome outcome = value(api2Client().submit(command(1)));

        assertThat(outcome.results().get(0).status()).isEqualTo(Status.CREATED);
        assertThat(outcome.results().get(0).attempts()).isEqualTo(2);
        assertThat(api2.requestsFor("P-1")).isEqualTo(2);
    }

    @Test
    void whenTheLookupFailsTooTheOutcomeIsUnknownAndTheNumberStaysInDoubtUntilRecover() {
        api2.loseAnswerOf("P-1", true);
        api2.lookupsFail = true;

        Api2BatchOutcome outcome = value(api2Client().submit(command(1)));

        assertThat(outcome.anyUnknown()).isTrue();
        assertThat(journal.stateOf("P-1")).isEqualTo(JournalState.IN_DOUBT);
        assertThat(api2.requestsFor("P-1")).isEqualTo(1);

        api2.lookupsFail = false;
        RecoveryReport report = value(api2Client().recover(io.capitalist4j.application.port.in.RecoverQuery.defaults().quietPeriod(java.time.Duration.ZERO)));
        assertThat(report.sent()).hasSize(1);
        assertThat(journal.stateOf("P-1")).isEqualTo(JournalState.SENT);
    }

    @Test
    void aRefusalReleasesTheNumber() {
        api2.refuse("P-1");

        Api2BatchOutcome outcome = value(api2Client().submit(command(2)));

        assertThat(outcome.with(Status.REFUSED)).extracting(Api2PayoutResult::paymentNumber).containsExactly("P-1");
        assertThat(journal.stateOf("P-1")).isEqualTo(JournalState.RELEASED);
        assertThat(journal.stateOf("P-2")).isEqualTo(JournalState.SENT);
    }

    /** An API2 server in memory that creates each userRequestId once and can lose answers or refuse. */
    static final class Api2Fake implements Api2Port {
        final List<Api2PaymentRequest> created = Collections.synchronizedList(new ArrayList<>());
        final List<String> lookups = Collections.synchronizedList(new ArrayList<>());
        final List<Currency> accountCalls = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Long> documents = new ConcurrentHashMap<>();
        final Map<String, Integer> requests = new ConcurrentHashMap<>();
        final Map<String, Boolean> lose = new ConcurrentHashMap<>();
        final List<String> refused = Collections.synchronizedList(new ArrayList<>());
        volatile boolean lookupsFail;

        void loseAnswerOf(String number, boolean afterCreating) {
            lose.put(number, afterCreating);
        }

        void refuse(String number) {
            refused.add(number);
        }

        int requestsFor(String number) {
            return requests.getOrDefault(number, 0);
        }

        @Override
        public CompletionStage<List<Api2Account>> accounts(Currency currency) {
            accountCalls.add(currency);
            return CompletableFuture.completedFuture(List.of(new Api2Account(AccountNumber.of("R0123505"), Currency.RUR,
                    "main", new BigDecimal("1000.00"))));
        }

        @Override
        public CompletionStage<Api2Created> createPayment(Api2PaymentRequest request) {
            String id = request.userRequestId();
            requests.merge(id, 1, Integer::sum);
            if (refused.contains(id)) {
                return CompletableFuture.failedFuture(new HttpStatusException("payment", 400, "{\"error\":\"bad\"}"));
            }
            Boolean afterCreating = lose.remove(id);
            if (afterCreating != null && !afterCreating) {
                return CompletableFuture.failedFuture(new OutcomeUnknownException("payment", List.of(id),
                        new TransportException("payment", "reset", true, null)));
            }
            created.add(request);
            documents.putIfAbsent(id, 1000L + documents.size());
            if (afterCreating != null) {
                return CompletableFuture.failedFuture(new OutcomeUnknownException("payment", List.of(id),
                        new TransportException("payment", "reset", true, null)));
            }
            return CompletableFuture.completedFuture(new Api2Created(id, documents.get(id)));
        }

        @Override
        public CompletionStage<Optional<Api2Payment>> paymentByUserRequestId(String userRequestId) {
            lookups.add(userRequestId);
            if (lookupsFail) {
                return CompletableFuture.failedFuture(new TransportException("payment status", "reset", true, null));
            }
            Long document = documents.get(userRequestId);
            return CompletableFuture.completedFuture(Optional.ofNullable(document).map(d -> new Api2Payment(userRequestId,
                    d, Api2PaymentState.PENDING, "PENDING", new BigDecimal("1.50"), Optional.of(Currency.RUR),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
        }

        private static <T> CompletionStage<T> unused() {
            return CompletableFuture.failedFuture(new IllegalStateException("not used by these tests"));
        }

        @Override
        public CompletionStage<Api2Rate> rate(Currency from, Currency to) {
            return unused();
        }

        @Override
        public CompletionStage<Void> exchange(Api2ExchangeRequest request) {
            return unused();
        }

        @Override
        public CompletionStage<Optional<Api2Payment>> paymentByDocumentId(long documentId) {
            return unused();
        }

        @Override
        public CompletionStage<Api2TransactionPage> transactions(Api2TransactionQuery query) {
            return unused();
        }

        @Override
        public CompletionStage<List<WhitelistEntry>> whitelist() {
            return unused();
        }

        @Override
        public CompletionStage<Void> addToWhitelist(List<WhitelistEntry> entries) {
            return unused();
        }

        @Override
        public CompletionStage<Void> removeFromWhitelist(List<WhitelistEntry> entries) {
            return unused();
        }

        @Override
        public CompletionStage<DepositAddress> depositAddress(Currency currency) {
            return unused();
        }

        @Override
        public CompletionStage<DepositAddress> autoConvertingUsdtTrc20Address(AccountNumber account) {
            return unused();
        }
    }

}
