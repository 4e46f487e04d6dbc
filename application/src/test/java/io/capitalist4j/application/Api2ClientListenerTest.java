package io.capitalist4j.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.capitalist4j.application.port.in.Api2BatchCommand;
import io.capitalist4j.application.port.in.Api2BatchOutcome;
import io.capitalist4j.application.port.in.Api2PayoutResult.Status;
import io.capitalist4j.application.port.in.RecoverQuery;
import io.capitalist4j.application.port.out.api2.Api2Port;
import io.capitalist4j.application.port.out.events.BatchStateEvent;
import io.capitalist4j.application.port.out.events.CallOutcome;
import io.capitalist4j.application.port.out.events.JournalTransition;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.domain.api2.Api2Payment;
import io.capitalist4j.domain.api2.Api2PaymentState;
import io.capitalist4j.domain.money.Currency;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** What an API2 client tells its listener. */
class Api2ClientListenerTest extends ClientTestBase {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    private final RecordingListener events = new RecordingListener();
    private final MemoryJournal journal = new MemoryJournal(Clock.fixed(T0, ZoneOffset.UTC));
    private final Api2ClientTest.Api2Fake api2 = new Api2ClientTest.Api2Fake();

    private Api2Client client(Api2Port port) {
        return Api2Client.builder().api(port).journal(journal, JournaledSubmitTest.LOGIN).executor(workers)
                .scheduler(scheduler).listener(events).clock(Clock.fixed(T0.plus(Duration.ofMinutes(10)), ZoneOffset.UTC))
                .build();
    }

    @Test
    void eachPayoutIsOneTimedCallAndARefusalIsAnApiErrorNamedByItsStatus() {
        api2.refuse("P-2");

        Api2BatchOutcome outcome = value(client(api2).submit(Api2BatchCommand.of(Fixtures.batchOf(3))));

        assertThat(outcome.with(Status.CREATED)).hasSize(2);
        assertThat(events.callsOf("account.list", CallOutcome.OK)).hasSize(1);
        assertThat(events.callsOf("payment.create", CallOutcome.OK)).hasSize(2);
        assertThat(events.callsOf("payment.create", CallOutcome.API_ERROR)).containsExactly("http-400");
        assertThat(events.calls).allSatisfy(c -> assertThat(c.protocol()).isEqualTo("api2"));
        assertThat(events.journalCounts()).containsExactly(entry(JournalTransition.CLAIMED, 3),
                entry(JournalTransition.SENT, 2), entry(JournalTransition.RELEASED, 1));
        assertThat(events.journal).allSatisfy(e -> assertThat(e.protocol()).isEqualTo("api2"));
    }

    @Test
    void aLostAnswerIsOutcomeUnknownThenTheLookupSettlesIt() {
        api2.loseAnswerOf("P-1", true);

        Api2BatchOutcome outcome = value(client(api2).submit(Api2BatchCommand.of(Fixtures.batchOf(1))));

        assertThat(outcome.with(Status.CREATED)).hasSize(1);
        assertThat(events.callSummary()).containsExactly("account.list OK", "payment.create OUTCOME_UNKNOWN",
                "payment.get OK");
        assertThat(events.journalCounts()).containsExactly(entry(JournalTransition.CLAIMED, 1),
                entry(JournalTransition.SENT, 1));
    }

    @Test
    void aPayoutWhoseFateStaysUnknownIsLeftInDoubtAndRecoverSettlesIt() {
        api2.loseAnswerOf("P-1", true);
        api2.lookupsFail = true;
        Api2Client client = client(api2);

        Api2BatchOutcome outcome = value(client.submit(Api2BatchCommand.of(Fixtures.batchOf(1))));
        assertThat(outcome.with(Status.OUTCOME_UNKNOWN)).hasSize(1);
        assertThat(events.callsOf("payment.get", CallOutcome.TRANSPORT)).hasSize(1);
        assertThat(events.journalCounts()).containsExactly(entry(JournalTransition.CLAIMED, 1),
                entry(JournalTransition.LEFT_IN_DOUBT, 1));

        api2.lookupsFail = false;
        value(client.recover(RecoverQuery.defaults()));

        assertThat(events.journalCounts()).containsEntry(JournalTransition.SENT, 1);
        assertThat(journal.count(JournaledSubmitTest.LOGIN, JournalState.IN_DOUBT)).isZero();
    }

    @Test
    void callsThroughApiAreReportedToo() {
        Api2Client client = client(api2);

        value(client.api().accounts(Currency.RUR));

        assertThat(events.callSummary()).containsExactly("account.list OK");
    }

    @Test
    void aWaitReportsEachPaymentWhenFirstSeenAndWhenItsStateChanges() {
        Map<String, List<Api2PaymentState>> script = new ConcurrentHashMap<>(Map.of(
                "P-1", List.of(Api2PaymentState.PENDING, Api2PaymentState.PENDING, Api2PaymentState.EXECUTED),
                "P-2", List.of(Api2PaymentState.DECLINED)));
        Map<String, Integer> lookups = new ConcurrentHashMap<>();
        Api2Port states = (Api2Port) Proxy.newProxyInstance(Api2Port.class.getClassLoader(), new Class<?>[] {Api2Port.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("paymentByUserRequestId")) {
                        return CompletableFuture.failedFuture(new IllegalStateException("not used: " + method.getName()));
                    }
                    String number = (String) args[0];
                    int n = lookups.merge(number, 1, Integer::sum);
                    List<Api2PaymentState> answers = script.get(number);
                    Api2PaymentState state = answers.get(Math.min(n, answers.size()) - 1);
                    return CompletableFuture.completedFuture(Optional.of(payment(number, state)));
                });

        value(client(states).awaitCompletion(List.of("P-1", "P-2"), Duration.ofMillis(1), Duration.ofMinutes(5)));

        assertThat(events.states.stream().filter(s -> s.batchId().equals("1001")).map(s -> s.from().orElse("-") + ">" + s.to()))
                .containsExactly("->PENDING", "PENDING>EXECUTED");
        assertThat(events.states.stream().filter(s -> s.batchId().equals("1002")).map(s -> s.from().orElse("-") + ">" + s.to()))
                .containsExactly("->DECLINED");
        assertThat(events.states).extracting(BatchStateEvent::protocol).containsOnly("api2");
        assertThat(events.callsOf("payment.get", CallOutcome.OK)).hasSize(lookups.values().stream().mapToInt(i -> i).sum());
    }

    private static Api2Payment payment(String number, Api2PaymentState state) {
        return new Api2Payment(number, 1000L + Long.parseLong(number.substring(2)), state, state.name(),
                new BigDecimal("1.50"), Optional.of(Currency.RUR), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
