package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.api2.Api2Credentials;
import io.capitalist4j.adapter.api2.Api2Http;
import io.capitalist4j.adapter.api2.Api2HttpApi;
import io.capitalist4j.adapter.api2.Api2Options;
import io.capitalist4j.application.Api2Client;
import io.capitalist4j.application.port.in.Api2BatchCommand;
import io.capitalist4j.application.port.in.Api2BatchOutcome;
import io.capitalist4j.application.port.in.Api2PayoutResult.Status;
import io.capitalist4j.application.port.in.RecoveryReport;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import io.capitalist4j.domain.payment.PaymentOrder;
import io.capitalist4j.reliability.support.Stages;
import io.capitalist4j.testkit.api2.Api2Fault;
import io.capitalist4j.testkit.api2.Api2Operation;
import io.capitalist4j.testkit.api2.Api2SandboxConfig;
import io.capitalist4j.testkit.api2.Api2SandboxIdentity;
import io.capitalist4j.testkit.api2.Api2Timeline;
import io.capitalist4j.testkit.api2.FakeApi2Server;
import io.capitalist4j.testkit.journal.InMemoryPayoutJournal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * API2 payouts whose answers are lost: 1 000 payouts, 30 % of the payment requests dropped after the server created
 * the payment and 10 % before it did (seeded), 10 % of the lookups answered 503. Every lost answer is looked up before anything is
 * resent; what the lookup cannot settle stays in doubt until {@code recover}; a resubmit with {@code skipSent}
 * sends the rest. At the end every payment number is paid exactly once.
 */
class Api2NoDuplicatePayoutsTest {

    private static final int PAYOUTS = 1_000;
    private static final long SEED = Long.getLong("capitalist4j.seed", 20261202L);

    @Test
    void lostAnswersNeverPayTwiceAndEveryPayoutIsPaidOnceInTheEnd() {
        System.out.println("api2 no-duplicates seed " + SEED);
        Api2SandboxConfig config = Api2SandboxConfig.builder().timeline(Api2Timeline.immediate())
                // a server that ignores idempotency: only the client's care can keep a number from being paid twice
                .repeatPolicy(Api2SandboxConfig.RepeatPolicy.CREATE_AGAIN).build();
        try (FakeApi2Server server = FakeApi2Server.start(config)) {
            server.faults().randomly(Api2Operation.PAYMENT_CREATE, 0.3, SEED, Api2Fault.dropAfter())
                    .randomly(Api2Operation.PAYMENT_CREATE, 0.1, SEED + 2, Api2Fault.dropBefore())
                    .randomly(Api2Operation.PAYMENT_BY_USER_REQUEST_ID, 0.1, SEED + 1, Api2Fault.statusBefore(503));
            InMemoryPayoutJournal journal = new InMemoryPayoutJournal();
            Api2HttpApi api = Api2Http.create(Api2Options.builder().baseUrl(server.uri()).build(),
                    Api2Credentials.of(Api2SandboxIdentity.API_KEY, Secret.of(Api2SandboxIdentity.API_SECRET)));
            try (Api2Client client = Api2Client.builder().api(api).owning(api).journal(journal, "api2-test").build()) {
                Api2BatchCommand command = Api2BatchCommand.of(batch())
                        .withSourceAccount(Currency.RUR, AccountNumber.of(Api2SandboxIdentity.RUR_ACCOUNT));

                Api2BatchOutcome first = Stages.value(client.submit(command));
                int rounds = 1;
                int created = first.with(Status.CREATED).size();
                int unknown = first.with(Status.OUTCOME_UNKNOWN).size();
                while (journal.list("api2-test", Optional.empty()).stream().anyMatch(e -> e.state() != JournalState.SENT)
                        && rounds < 10) {
                    RecoveryReport recovered = Stages.value(client.recover(io.capitalist4j.application.port.in.RecoverQuery.defaults().quietPeriod(java.time.Duration.ZERO)));
                    Api2BatchOutcome again = Stages.value(client.submitSkippingSent(command));
                    created += again.with(Status.CREATED).size();
                    unknown += again.with(Status.OUTCOME_UNKNOWN).size();
                    rounds++;
                    System.out.println("round " + rounds + ": recovered " + recovered.sent().size() + " sent, "
                            + recovered.released().size() + " released; resubmitted " + again.with(Status.CREATED).size());
                }

                Map<String, Long> paymentsPerNumber = server.payments().stream()
                        .collect(Collectors.groupingBy(p -> p.userRequestId(), Collectors.counting()));
                long twice = paymentsPerNumber.values().stream().filter(n -> n > 1).count();
                long lost = batch().paymentNumbers().stream().filter(n -> !paymentsPerNumber.containsKey(n)).count();
                int requests = server.requests(Api2Operation.PAYMENT_CREATE).size();
                System.out.printf("api2 payouts: %d numbers, %d payment requests, %d created first time or after lookup, "
                        + "%d outcome unknown, %d rounds, %d paid twice, %d lost%n",
                        PAYOUTS, requests, created, unknown, rounds, twice, lost);
                assertThat(twice).isZero();
                assertThat(lost).isZero();
                assertThat(paymentsPerNumber).hasSize(PAYOUTS);
                assertThat(requests).isGreaterThan(PAYOUTS); // drops before creation happened and lookups led to resends
                assertThat(journal.list("api2-test", Optional.empty())).hasSize(PAYOUTS)
                        .allSatisfy(e -> assertThat(e.state()).isEqualTo(JournalState.SENT));
            }
        }
    }

    private static Batch batch() {
        List<PaymentOrder> orders = new ArrayList<>(PAYOUTS);
        for (int i = 1; i <= PAYOUTS; i++) {
            orders.add(new CapitalistTransfer(AccountNumber.of("R0000002"), Money.of("1.00", Currency.RUR),
                    String.format("A2-%04d", i), "payout " + i));
        }
        return Batch.of(orders);
    }

}
