package io.capitalist4j.micrometer;

import static io.capitalist4j.micrometer.Meters.calls;
import static io.capitalist4j.micrometer.Meters.counted;
import static io.capitalist4j.micrometer.Meters.failure;
import static io.capitalist4j.micrometer.Meters.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.port.in.BatchProgress;
import io.capitalist4j.application.port.in.RecoverQuery;
import io.capitalist4j.application.port.in.RecoveryReport;
import io.capitalist4j.application.port.in.WaitOptions;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.client.Capitalist;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.error.InsufficientFundsException;
import io.capitalist4j.domain.error.OutcomeUnknownException;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.Fault;
import io.capitalist4j.testkit.ManualClock;
import io.capitalist4j.testkit.OutcomePolicy;
import io.capitalist4j.testkit.SandboxConfig;
import io.capitalist4j.testkit.SandboxIdentity;
import io.capitalist4j.testkit.Timeline;
import io.capitalist4j.testkit.journal.InMemoryPayoutJournal;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real v1 client (HTTP, CSV, PIN) paying against the sandbox server, its meters read from a SimpleMeterRegistry. */
class V1MetricsTest {

    private static final Duration STEP = Duration.ofMinutes(1);
    private static final String CLOSED_ACCOUNT = "R0000003";

    /** Today, so that the documents recovery searches for are dated in the period it searches. */
    private final ManualClock clock = ManualClock.at(Instant.now());
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final InMemoryPayoutJournal journal = new InMemoryPayoutJournal();
    private FakeCapitalistServer server;
    private CapitalistClient client;
    private Gauge inDoubt;

    @BeforeEach
    void start() {
        server = FakeCapitalistServer.start(SandboxConfig.sandbox().clock(clock).timeline(Timeline.steps(STEP))
                .outcomePolicy(OutcomePolicy.declineBeneficiary(CLOSED_ACCOUNT, "account closed")).build());
        client = Capitalist.builder().endpoint(server.uri())
                .credentials(SandboxIdentity.LOGIN, Secret.of(SandboxIdentity.PASSWORD))
                .pin(Secret.of(SandboxIdentity.PIN))
                .http(http -> http.readRetries(0)) // one port call, one request: a retried read is one call in the meters
                .journal(journal)
                .listener(new MicrometerListener(registry))
                .build();
        inDoubt = MicrometerListener.bindJournal(registry, journal, SandboxIdentity.LOGIN);
    }

    @AfterEach
    void stop() {
        System.out.println(getClass().getSimpleName() + " meters:\n" + Meters.dump(registry));
        client.close();
        server.close();
    }

    @Test
    void aPaidBatchIsCountedCallByCallStateByStateAndMoveByMove() {
        Batch batch = Batch.of(List.of(pay("R0000002", "10.00", "M-1"), pay("R0000002", "20.00", "M-2"),
                pay(CLOSED_ACCOUNT, "5.00", "M-3")));

        value(client.submit(batch));
        // each poll moves the sandbox one step on: NEW, READY, INPROCESS, then final
        BatchProgress done = value(client.awaitFinal(value(client.submit(Batch.of(List.of(pay("R0000002", "1.00", "M-4")))))
                .id(), WaitOptions.of(Duration.ofMillis(1), Duration.ofMinutes(1)).withProgress(p -> clock.advance(STEP))));
        assertThat(done.isComplete()).isTrue();
        int polls = done.polls();
        BatchProgress first = value(client.awaitFinal(server.bank().batches().get(0),
                WaitOptions.of(Duration.ofMillis(1), Duration.ofMinutes(1))));
        assertThat(first.isComplete()).isTrue();

        assertThat(calls(registry, "v1", "import_batch_advanced", "OK", "none")).isEqualTo(2);
        assertThat(calls(registry, "v1", "get_batch_info", "OK", "none")).isEqualTo(polls + first.polls());
        assertThat(registry.find(MicrometerListener.CALLS).timers()).allSatisfy(t -> assertThat(t.count()).isPositive());
        assertThat(counted(registry, MicrometerListener.BATCH_STATES, "protocol", "v1", "to", "NEW")).isEqualTo(1);
        assertThat(counted(registry, MicrometerListener.BATCH_STATES, "protocol", "v1", "to", "READY")).isEqualTo(1);
        assertThat(counted(registry, MicrometerListener.BATCH_STATES, "protocol", "v1", "to", "INPROCESS")).isEqualTo(1);
        assertThat(counted(registry, MicrometerListener.BATCH_STATES, "protocol", "v1", "to", "PROCESSED")).isEqualTo(3);
        assertThat(counted(registry, MicrometerListener.BATCH_STATES, "protocol", "v1", "to", "DECLINED")).isEqualTo(1);
        assertThat(counted(registry, MicrometerListener.JOURNAL_TRANSITIONS, "protocol", "v1", "transition", "CLAIMED"))
                .isEqualTo(4);
        assertThat(counted(registry, MicrometerListener.JOURNAL_TRANSITIONS, "protocol", "v1", "transition", "SENT"))
                .isEqualTo(4);
        assertThat(inDoubt.value()).isZero();
    }

    @Test
    void anUploadWhoseAnswerIsLostLeavesItsNumbersInDoubtAndTheGaugeSaysHowManyUntilRecovered() {
        server.faults().next("import_batch_advanced", 1, Fault.resetAfterProcessing());

        assertThat(failure(client.submit(Batch.of(List.of(pay("R0000002", "10.00", "L-1"), pay("R0000002", "2.00", "L-2"))))))
                .isInstanceOf(OutcomeUnknownException.class);

        assertThat(calls(registry, "v1", "import_batch_advanced", "OUTCOME_UNKNOWN", "none")).isEqualTo(1);
        assertThat(counted(registry, MicrometerListener.JOURNAL_TRANSITIONS, "protocol", "v1", "transition", "LEFT_IN_DOUBT"))
                .isEqualTo(2);
        assertThat(inDoubt.value()).isEqualTo(2).isEqualTo(journal.count(SandboxIdentity.LOGIN, JournalState.IN_DOUBT));

        RecoveryReport recovered = value(client.recover(RecoverQuery.defaults()));

        assertThat(recovered.sent()).hasSize(2);
        assertThat(counted(registry, MicrometerListener.JOURNAL_TRANSITIONS, "protocol", "v1", "transition", "SENT"))
                .isEqualTo(2);
        assertThat(calls(registry, "v1", "documents_search", "OK", "none")).isPositive();
        assertThat(inDoubt.value()).isZero();
    }

    @Test
    void aRefusedUploadIsAnApiErrorTaggedWithItsCodeAndItsNumbersAreReleased() {
        assertThat(failure(client.submit(Batch.of(List.of(pay("R0000002", "2000000.00", "F-1"))))))
                .isInstanceOf(InsufficientFundsException.class);
        server.faults().next("get_accounts", 1, Fault.httpStatus(503));
        failure(client.accounts());

        assertThat(calls(registry, "v1", "import_batch_advanced", "API_ERROR", "135")).isEqualTo(1);
        assertThat(calls(registry, "v1", "get_accounts", "API_ERROR", "http-503")).isEqualTo(1);
        assertThat(counted(registry, MicrometerListener.JOURNAL_TRANSITIONS, "protocol", "v1", "transition", "RELEASED"))
                .isEqualTo(1);
        assertThat(inDoubt.value()).isZero();
    }

    @Test
    void aBatchAlreadySentIsRefusedHeldWithoutACall() {
        Batch batch = Batch.of(List.of(pay("R0000002", "10.00", "H-1"), pay("R0000002", "2.00", "H-2")));
        value(client.submit(batch));

        failure(client.submit(batch));

        assertThat(calls(registry, "v1", "import_batch_advanced", "OK", "none")).isEqualTo(1);
        assertThat(counted(registry, MicrometerListener.JOURNAL_TRANSITIONS, "protocol", "v1", "transition", "REFUSED_HELD"))
                .isEqualTo(2);
    }

    private static CapitalistTransfer pay(String account, String amount, String number) {
        return new CapitalistTransfer(AccountNumber.of(account), Money.of(amount, Currency.RUR), number, "metrics " + number);
    }
}
