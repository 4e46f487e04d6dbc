package io.capitalist4j.testkit.api2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Api2IdempotencyTest extends Api2Fixture {

    @Test
    void aRepeatedUserRequestIdAnswersTheFirstDocumentAndCreatesNothing() {
        start(config());
        SignedClient.Answer first = client.post(PAYMENT, capitalistPayment("PAY-1", "100.00")).send();
        // same payment, other spelling of the amount, other comment: still the same payment
        SignedClient.Answer again = client.post(PAYMENT, capitalistPayment("PAY-1", "100").replace("payout", "retry"))
                .send();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(server.payments()).hasSize(1);
        assertThat(server.balance("R0123505")).isEqualByComparingTo("999899.00");
        assertThat(client.get("/v1/transactions").send().json().get("count").asInt()).isEqualTo(6);
    }

    @Test
    void aRepeatWithOtherContentIsRefusedWith400() {
        start(config());
        client.post(PAYMENT, capitalistPayment("PAY-1", "100.00")).send();
        SignedClient.Answer other = client.post(PAYMENT, capitalistPayment("PAY-1", "100.01")).send();
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.error()).isEqualTo("userRequestId PAY-1 is already used by another payment");
        assertThat(server.payments()).hasSize(1);
    }

    @Test
    void aRepeatIsAnsweredEvenWhenTheMoneyIsGone() {
        start(config());
        String all = "{\"userRequestId\":\"ALL\",\"accountFrom\":\"B0123507\",\"amount\":9.90,"
                + "\"payload\":{\"type\":\"BITCOIN\",\"account\":\"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq\"}}";
        SignedClient.Answer first = client.post(PAYMENT, all).send();
        assertThat(server.balance("B0123507")).isEqualByComparingTo("0.00100000");
        assertThat(client.post(PAYMENT, all).send().body()).isEqualTo(first.body());
    }

    @Test
    void thePolicyCanRefuseEveryRepeatOrAnswerTheFirstDocumentWhateverTheRepeatHolds() {
        start(config().repeatPolicy(Api2SandboxConfig.RepeatPolicy.REFUSE));
        client.post(PAYMENT, capitalistPayment("PAY-1", "100.00")).send();
        SignedClient.Answer refused = client.post(PAYMENT, capitalistPayment("PAY-1", "100.00")).send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error()).isEqualTo("userRequestId PAY-1 is already used");
        server.close();

        start(config().repeatPolicy(Api2SandboxConfig.RepeatPolicy.FIRST_DOCUMENT_ALWAYS));
        SignedClient.Answer first = client.post(PAYMENT, capitalistPayment("PAY-1", "100.00")).send();
        assertThat(client.post(PAYMENT, capitalistPayment("PAY-1", "5.00")).send().body()).isEqualTo(first.body());
        assertThat(server.payments()).singleElement().satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("100"));
    }
}
