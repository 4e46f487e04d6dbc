package io.capitalist4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.domain.batch.RecordState;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OutcomePolicyTest {

    @Test
    void declineAmountsAboveDeclinesOnlyWhatExceedsTheLimitInTheRecordsOwnCurrency() {
        OutcomePolicy policy = OutcomePolicy.declineAmountsAbove(new BigDecimal("100"), "over the test limit");

        assertThat(policy.decide(Orders.capitalist("R0000002", "100.00"))).isEqualTo(Outcome.processed());
        assertThat(policy.decide(Orders.capitalist("U0000002", "100.01")))
                .isEqualTo(new Outcome(RecordState.DECLINED, "over the test limit"));
    }

    @Test
    void orElseLetsTheNextPolicyDecideWhatTheFirstProcesses() {
        OutcomePolicy policy = OutcomePolicy.declineAmountsAbove(new BigDecimal("100"), "too much")
                .orElse(OutcomePolicy.declineBeneficiary("R0000009", "recipient blocked"));

        assertThat(policy.decide(Orders.capitalist("R0000009", "500.00")).reason()).isEqualTo("too much");
        assertThat(policy.decide(Orders.capitalist("R0000009", "5.00")).reason()).isEqualTo("recipient blocked");
        assertThat(policy.decide(Orders.capitalist("R0000002", "5.00")).state()).isEqualTo(RecordState.PROCESSED);
    }
}
