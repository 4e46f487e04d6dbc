package io.capitalist4j.micrometer;

import static io.capitalist4j.micrometer.Meters.calls;
import static io.capitalist4j.micrometer.Meters.counted;
import static io.capitalist4j.micrometer.Meters.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.api2.Api2Credentials;
import io.capitalist4j.adapter.api2.Api2Http;
import io.capitalist4j.adapter.api2.Api2HttpApi;
import io.capitalist4j.adapter.api2.Api2Options;
import io.capitalist4j.application.Api2Client;
import io.capitalist4j.application.port.in.Api2BatchCommand;
import io.capitalist4j.application.port.in.Api2BatchOutcome;
import io.capitalist4j.application.port.in.Api2PayoutResult.Status;
import io.capitalist4j.application.port.in.RecoverQuery;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import io.capitalist4j.domain.payment.PaymentOrder;
import io.capitalist4j.testkit.api2.Api2Fault;
import io.capitalist4j.testkit.api2.Api2Operation;
import io.capitalist4j.testkit.api2.Api2SandboxConfig;
import io.capitalist4j.testkit.api2.Api2SandboxIdentity;
import io.capitalist4j.testkit.api2.Api2Timeline;
import io.capitalist4j.testkit.api2.FakeApi2Server;
import io.capitalist4j.testkit.journal.InMemoryPayoutJournal;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real API2 client (HTTP, signed JSON) paying against the fake API2 server, its meters read from a SimpleMeterRegistry. */
class Api2MetricsTest {

    private static final String OWNER = "api2-metrics";

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final InMemoryPayoutJournal journal = new InMemoryPayoutJournal();
    private FakeApi2Server server;
    private Api2Client client;
    private Gauge inDoubt;

    @BeforeEach
    void start() {
        // a payment is PENDING at its first lookup and EXECUTED at its second
        server = FakeApi2Server.start(Api2SandboxConfig.builder().timeline(Api2Timeline.afterLookups(2)).build());
        Api2HttpApi api = Api2Http.create(Api2Options.builder().baseUrl(server.uri()).readRetries(0).build(),
                Api2Credentials.of(Api2SandboxIdentity.API_KEY, Secret.of(Api2SandboxIdentity.API_SECRET)));
        client = Api2Client.builder().api(api).owning(api).journal(journal, OWNER)
                .listener(new MicrometerListener(registry)).build();
        inDoubt = MicrometerListener.bindJournal(registry, journal, OWNER, Tags.of("account", "payroll"));
    }

    @AfterEach
    void stop() {
        System.out.println(getClass().getSimpleName() + " meters:\n" + Meters.dump(registry));
        client.close();
        server.close();
    }

    @Test
    void paidPayoutsAreCountedCallByCallStateByStateAndMoveByMove() {
        server.faults().next(Api2Operation.PAYMENT_CREATE, 1, Api2Fault.statusBefore(422));
        Api2BatchOutcome outcome = value(client.submit(command(3, "P")));
        List<String> created = outcome.with(Status.CREATED).stream().map(r -> r.paymentNumber()).toList();
        assertThat(created).hasSize(2);

        value(client.awaitCompletion(created, Duration.ofMillis(1), Duration.ofMinutes(1)));

        assertThat(calls(registry, "api2", "payment.create", "OK", "none")).isEqualTo(2);
        assertThat(calls(registry, "api2", "payment.create", "API_ERROR", "http-422")).isEqualTo(1);
        assertThat(calls(registry, "api2", "payment.get", "OK", "none")).isEqualTo(4);
        assertThat(counted(registry, MicrometerListener.BATCH_STATES, "protocol", "api2", "to", "PENDING")).isEqualTo(2);
        assertThat(counted(registry, MicrometerListener.BATCH_STATES, "protocol", "api2", "to", "EXECUTED")).isEqualTo(2);
        assertThat(counted(registry, MicrometerListener.JOURNAL_TRANSITIONS, "protocol", "api2", "transition", "CLAIMED"))
                .isEqualTo(3);
        assertThat(counted(registry, MicrometerListener.JOURNAL_TRANSITIONS, "protocol", "api2", "transition", "SENT"))
                .isEqualTo(2);
        assertThat(counted(registry, MicrometerListener.JOURNAL_TRANSITIONS, "protocol", "api2", "transition", "RELEASED"))
                .isEqualTo(1);
        assertThat(inDoubt.value()).isZero();
        assertThat(inDoubt.getId().getTag("account")).isEqualTo("payroll");
    }

    @Test
    void aPaymentWhoseAnswerAndLookupAreLostStaysInDoubtAndTheGaugeSaysSoUntilRecovered() {
        server.faults().next(Api2Operation.PAYMENT_CREATE, 1, Api2Fault.dropAfter())
                .next(Api2Operation.PAYMENT_BY_USER_REQUEST_ID, 1, Api2Fault.statusBefore(503));

        Api2BatchOutcome outcome = value(client.submit(command(1, "U").withConcurrency(1)));

        assertThat(outcome.with(Status.OUTCOME_UNKNOWN)).hasSize(1);
        assertThat(calls(registry, "api2", "payment.create", "OUTCOME_UNKNOWN", "none")).isEqualTo(1);
        assertThat(calls(registry, "api2", "payment.get", "API_ERROR", "http-503")).isEqualTo(1);
        assertThat(counted(registry, MicrometerListener.JOURNAL_TRANSITIONS, "protocol", "api2", "transition", "LEFT_IN_DOUBT"))
                .isEqualTo(1);
        assertThat(inDoubt.value()).isEqualTo(1).isEqualTo(journal.count(OWNER, JournalState.IN_DOUBT));

        value(client.recover(RecoverQuery.defaults()));

        assertThat(counted(registry, MicrometerListener.JOURNAL_TRANSITIONS, "protocol", "api2", "transition", "SENT"))
                .isEqualTo(1);
        assertThat(inDoubt.value()).isZero();
    }

    private static Api2BatchCommand command(int size, String prefix) {
        List<PaymentOrder> orders = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            orders.add(new CapitalistTransfer(AccountNumber.of("R0000002"), Money.of(i + ".00", Currency.RUR),
                    prefix + "-" + i, "metrics " + i));
        }
        return Api2BatchCommand.of(Batch.of(orders))
                .withSourceAccount(Currency.RUR, AccountNumber.of(Api2SandboxIdentity.RUR_ACCOUNT));
    }
}
