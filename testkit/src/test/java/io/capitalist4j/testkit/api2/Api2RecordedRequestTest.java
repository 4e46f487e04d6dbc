package io.capitalist4j.testkit.api2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Api2RecordedRequestTest extends Api2Fixture {

    @Test
    void everyRequestIsRecordedWithMethodPathQueryHeadersAndTheExactBodyBytes() {
        start(config());
        String body = "{\"userRequestId\":\"PAY-0003\",\"accountFrom\":\"R0123505\",\"amount\":3000.00,"
                + "\"comment\":\"Выплата за апрель\",\"payload\":{\"type\":\"CAPITALIST\",\"account\":\"R0000002\"}}";
        client.post(PAYMENT, body).send();
        client.get("/v1/account/list?currency=RUR").send();
        Api2RecordedRequest post = server.requests().get(0);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.path()).isEqualTo("/v1/payment");
        assertThat(post.query()).isEmpty();
        assertThat(post.operation()).isEqualTo(Api2Operation.PAYMENT_CREATE);
        assertThat(post.body()).isEqualTo(body.getBytes(StandardCharsets.UTF_8));
        assertThat(post.bodyText()).isEqualTo(body);
        assertThat(post.header("api-key")).contains(Api2SandboxIdentity.API_KEY);
        assertThat(post.header("Content-Type")).contains("application/json");
        assertThat(post.header("Signature")).contains(SignedClient.sha256Hex(post.header("X-Request-Timestamp")
                .orElseThrow(), body.getBytes(StandardCharsets.UTF_8), Api2SandboxIdentity.API_SECRET));
        assertThat(post.status()).hasValue(200);
        assertThat(post.at()).isEqualTo(clock.instant());
        Api2RecordedRequest get = server.requests().get(1);
        assertThat(get.query()).contains("currency=RUR");
        assertThat(get.body()).isEmpty();
        assertThat(get.toString()).doesNotContain("Signature", Api2SandboxIdentity.API_KEY, "Выплата");
    }
}
