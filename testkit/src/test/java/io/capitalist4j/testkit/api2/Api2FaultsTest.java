package io.capitalist4j.testkit.api2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Api2FaultsTest extends Api2Fixture {

    @Test
    void aDropAfterCreateLosesTheAnswerButKeepsThePaymentWhichTheLookupFinds() {
        start(config());
        server.faults().next(Api2Operation.PAYMENT_CREATE, 1, Api2Fault.dropAfter());
        assertThatThrownBy(() -> client.post(PAYMENT, capitalistPayment("LOST", "10.00")).sendOrThrow())
                .isInstanceOf(IOException.class);
        assertThat(server.payments()).hasSize(1);
        assertThat(server.requests(Api2Operation.PAYMENT_CREATE)).singleElement().satisfies(r -> {
            assertThat(r.processed()).isTrue();
            assertThat(r.status()).isEmpty();
            assertThat(r.fault()).contains("drop after processing");
        });
        SignedClient.Answer lookup = client.get("/v1/payment/LOST").send();
        assertThat(lookup.status()).isEqualTo(200);
        // and resending the same userRequestId creates nothing
        assertThat(client.post(PAYMENT, capitalistPayment("LOST", "10.00")).send().json().get("documentId"))
                .isEqualTo(lookup.json().get("documentId"));
        assertThat(server.payments()).hasSize(1);
    }

    @Test
    void aStatusAfterCreateAnswers5xxButThePaymentExists() {
        start(config());
        server.faults().next(Api2Operation.PAYMENT_CREATE, 1, Api2Fault.statusAfter(502));
        SignedClient.Answer a = client.post(PAYMENT, capitalistPayment("P5", "10.00")).send();
        assertThat(a.status()).isEqualTo(502);
        assertThat(a.error()).isEqualTo("sandbox fault: HTTP 502");
        assertThat(server.payment("P5")).isPresent();
    }

    @Test
    void aStatusOrDropBeforeProcessingLeavesNoTraceAndOnlyHitsTheNextCall() {
        start(config());
        server.faults().next(1, Api2Fault.statusBefore(503)).next(Api2Operation.PAYMENT_CREATE, 1, Api2Fault.dropBefore());
        assertThat(client.post(PAYMENT, capitalistPayment("P1", "10.00")).send().status()).isEqualTo(503);
        assertThatThrownBy(() -> client.post(PAYMENT, capitalistPayment("P1", "10.00")).sendOrThrow())
                .isInstanceOf(IOException.class);
        assertThat(server.payments()).isEmpty();
        assertThat(server.balance("R0123505")).isEqualByComparingTo("1000000.00");
        assertThat(client.post(PAYMENT, capitalistPayment("P1", "10.00")).send().status()).isEqualTo(200);
        assertThat(server.requests()).extracting(Api2RecordedRequest::processed).containsExactly(false, false, true);
    }

    @Test
    void aThrottlingStatusCanBeInjectedForOneOperationUntilCleared() {
        start(config());
        server.faults().always(Api2Operation.PAYMENT_BY_USER_REQUEST_ID, Api2Fault.statusBefore(429));
        assertThat(client.get("/v1/payment/X").send().status()).isEqualTo(429);
        assertThat(client.get("/v1/payment/X").send().status()).isEqualTo(429);
        assertThat(client.get("/v1/whitelist").send().status()).isEqualTo(200);
        server.faults().clear();
        assertThat(client.get("/v1/payment/X").send().status()).isEqualTo(404);
    }

    @Test
    void latencyDelaysButDoesNotChangeTheAnswer() {
        start(config());
        server.faults().next(1, Api2Fault.latency(Duration.ofMillis(50)));
        assertThat(client.get("/v1/account/list?currency=RUR").send().status()).isEqualTo(200);
        assertThat(server.requests().get(0).fault()).contains("latency 50 ms");
    }

    @Test
    void seededRandomDropsRepeatWithTheSeed() {
        List<List<Boolean>> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            start(config());
            server.faults().randomly(Api2Operation.PAYMENT_CREATE, 0.3, 42L, Api2Fault.dropAfter());
            List<Boolean> dropped = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                try {
                    client.post(PAYMENT, capitalistPayment("R" + i, "1.00")).sendOrThrow();
                    dropped.add(false);
                } catch (IOException e) {
                    dropped.add(true);
                }
            }
            assertThat(server.payments()).hasSize(20);
            runs.add(dropped);
            server.close();
            server = null;
        }
        assertThat(runs.get(0)).contains(true, false).isEqualTo(runs.get(1));
    }
}
