package io.capitalist4j.testkit.api2;

import io.capitalist4j.testkit.Awaiting;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Api2StatesTest extends Api2Fixture {

    private String state(String userRequestId) {
        return client.get("/v1/payment/" + userRequestId).send().json().get("state").asText();
    }

    @Test
    void aPaymentIsPendingUntilItsTimeHasPassedOnTheSandboxClockThenExecuted() {
        start(config().timeline(Api2Timeline.after(Duration.ofSeconds(30))));
        client.post(PAYMENT, capitalistPayment("P1", "10.00")).send();
        assertThat(state("P1")).isEqualTo("PENDING");
        clock.advance(Duration.ofSeconds(29));
        assertThat(state("P1")).isEqualTo("PENDING");
        clock.advance(Duration.ofSeconds(1));
        assertThat(state("P1")).isEqualTo("EXECUTED");
        assertThat(server.payment("P1").orElseThrow().finishedAt()).contains(clock.instant());
        assertThat(server.balance("R0123505")).isEqualByComparingTo("999989.90");
    }

    @Test
    void theTransactionOfAPaymentFollowsItsState() {
        start(config().timeline(Api2Timeline.after(Duration.ofSeconds(30))));
        client.post(PAYMENT, capitalistPayment("P1", "10.00")).send();
        JsonNode before = client.get("/v1/transactions?limit=1").send().json().get("transactions").get(0);
        assertThat(before.get("state").asText()).isEqualTo("PENDING");
        assertThat(before.has("executeDate")).isFalse();
        clock.advance(Duration.ofMinutes(1));
        JsonNode after = client.get("/v1/transactions?limit=1").send().json().get("transactions").get(0);
        assertThat(after.get("transactionId")).isEqualTo(before.get("transactionId"));
        assertThat(after.get("state").asText()).isEqualTo("EXECUTED");
        assertThat(after.get("executeDate").asText()).isEqualTo("2025-01-15T09:01:00.000Z");
        assertThat(after.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void aLookupCountedTimelineAnswersTheFinalStateAtTheNthLookup() {
        start(config().timeline(Api2Timeline.afterLookups(3)));
        client.post(PAYMENT, capitalistPayment("P1", "10.00")).send();
        assertThat(state("P1")).isEqualTo("PENDING");
        assertThat(state("P1")).isEqualTo("PENDING");
        assertThat(state("P1")).isEqualTo("EXECUTED");
        assertThat(server.payment("P1").orElseThrow().lookups()).isEqualTo(3);
    }

    @Test
    void anImmediateTimelineMakesAPaymentFinalWhenCreated() {
        start(config().timeline(Api2Timeline.immediate()));
        client.post(PAYMENT, capitalistPayment("P1", "10.00")).send();
        assertThat(server.payment("P1").orElseThrow().state()).isEqualTo(Api2State.EXECUTED);
    }

    @Test
    void aDeclinedPaymentIsRefundedAndTheOthersExecuted() {
        start(config().timeline(Api2Timeline.after(Duration.ofSeconds(5)))
                .outcomePolicy(Api2OutcomePolicy.declineUserRequestIds(Set.of("BAD"), "beneficiary blocked")));
        client.post(PAYMENT, capitalistPayment("BAD", "100.00")).send();
        client.post(PAYMENT, capitalistPayment("GOOD", "100.00")).send();
        assertThat(server.balance("R0123505")).isEqualByComparingTo("999798.00");
        clock.advance(Duration.ofSeconds(5));
        server.settle();
        assertThat(server.payment("BAD").orElseThrow().state()).isEqualTo(Api2State.DECLINED);
        assertThat(server.payment("BAD").orElseThrow().declineReason()).isEqualTo("beneficiary blocked");
        assertThat(server.payment("GOOD").orElseThrow().state()).isEqualTo(Api2State.EXECUTED);
        assertThat(server.balance("R0123505")).isEqualByComparingTo("999899.00");
        assertThat(state("BAD")).isEqualTo("DECLINED");
    }

    @Test
    void anExecutedCryptoPaymentShowsItsTxIdInStatusAndTransactions() {
        start(config().timeline(Api2Timeline.immediate()));
        client.post(PAYMENT, "{\"userRequestId\":\"C1\",\"accountFrom\":\"B0123507\",\"amount\":0.00150000,"
                + "\"payload\":{\"type\":\"BITCOIN\",\"account\":\"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq\"}}").send();
        JsonNode status = client.get("/v1/payment/C1").send().json();
        assertThat(status.get("txId").asText()).matches("[0-9a-f]{64}");
        assertThat(status.get("amount").decimalValue()).isEqualByComparingTo("0.0015");
        assertThat(client.get("/v1/payment/C1").send().body()).contains("\"amount\":0.00150000");
        JsonNode tx = client.get("/v1/transactions?limit=1").send().json().get("transactions").get(0);
        assertThat(tx.get("txId")).isEqualTo(status.get("txId"));
        assertThat(client.get("/v1/transactions?limit=1").send().body()).contains("\"amount\":0.00150000");
    }

    @Test
    void theBackgroundSweepMovesDuePaymentsWithoutBeingAsked() {
        start(config().timeline(Api2Timeline.after(Duration.ofSeconds(5))).sweepInterval(Duration.ofMillis(10)));
        client.post(PAYMENT, capitalistPayment("P1", "10.00")).send();
        clock.advance(Duration.ofSeconds(5));
        assertThat(Awaiting.until(() -> server.payment("P1").orElseThrow().state().isFinal(), Duration.ofSeconds(10)))
                .isTrue();
    }
}
