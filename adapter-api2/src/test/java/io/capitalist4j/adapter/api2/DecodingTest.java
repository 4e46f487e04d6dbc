package io.capitalist4j.adapter.api2;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.domain.api2.Api2Payload;
import io.capitalist4j.domain.api2.Api2Payment;
import io.capitalist4j.domain.api2.Api2PaymentState;
import io.capitalist4j.domain.api2.Api2Transaction;
import io.capitalist4j.domain.api2.Api2TransactionQuery;
import io.capitalist4j.domain.auth.KnownSecrets;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.money.Currency;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Answers as the reference shows them, including its oddities, decoded without doubles. */
class DecodingTest extends WithWireMock {

    private final Api2Json json = new Api2Json(new KnownSecrets());

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void thePayloadOfAStatusArrivesAsAJsonTextAndIsDecoded() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/v1/payment/PAY-0006")).willReturn(aResponse().withBody(StatusBodies.PENDING)));
        Api2Payment p = await(api.paymentByUserRequestId("PAY-0006")).orElseThrow();
        assertThat(p.payloadText()).contains("{\"account\":\"Z112224443331\",\"type\":\"WM\"}");
        assertThat(p.payload()).contains(Api2Payload.of("WM").with("account", "Z112224443331"));
        assertThat(p.documentId()).isEqualTo(9007199254740991L);
        assertThat(p.state()).isEqualTo(Api2PaymentState.PENDING);
        assertThat(p.isFinal()).isFalse();
        assertThat(p.amount()).isEqualTo(new BigDecimal("15.50"));
        assertThat(p.fee()).contains(new BigDecimal("0.16"));
        assertThat(p.currency()).contains(Currency.USD);
        assertThat(p.type()).contains("WM");
        assertThat(p.accountFrom()).contains("U0412345");
        assertThat(p.comment()).contains("Payout");
        assertThat(p.callbackUrl()).isEmpty();
        assertThat(p.userRequestId()).isEqualTo("PAY-0006");
    }

    @Test
    void anUnknownStateIsKeptRawAndNotFinal() {
        Api2Payment p = json.payment("p", utf8("{\"state\":\"REFUNDED\",\"documentId\":5,\"amount\":1,"
                + "\"userRequestId\":\"X\",\"payload\":\"{\\\"type\\\":\\\"CAPITALIST\\\",\\\"account\\\":\\\"U1\\\"}\","
                + "\"txId\":\"ab12\"}"));
        assertThat(p.state()).isEqualTo(Api2PaymentState.UNKNOWN);
        assertThat(p.rawState()).isEqualTo("REFUNDED");
        assertThat(p.isFinal()).isFalse();
        assertThat(p.txId()).contains("ab12");
        assertThat(p.type()).isEmpty();
        assertThat(p.payload().map(Api2Payload::type)).contains("CAPITALIST");
    }

    @Test
    void aPayloadTextThatIsNotJsonIsKeptAsTextWithoutFailingTheStatus() {
        Api2Payment p = json.payment("p", utf8("{\"state\":\"EXECUTED\",\"documentId\":5,\"amount\":1,"
                + "\"userRequestId\":\"X\",\"type\":\"WM\",\"payload\":\"account=Z1\"}"));
        assertThat(p.payload()).isEmpty();
        assertThat(p.payloadText()).contains("account=Z1");
        assertThat(p.isFinal()).isTrue();
    }

    @Test
    void aPayloadObjectWithNestedValuesIsDecodedToo() {
        Api2Payment p = json.payment("p", utf8("{\"state\":\"DECLINED\",\"documentId\":5,\"amount\":800,"
                + "\"userRequestId\":\"X\",\"type\":\"GCASH\",\"payload\":{\"account\":\"63\","
                + "\"receiver\":{\"phone\":\"63\"},\"receiveAmount\":800.5,\"n\":2,\"none\":null}}"));
        assertThat(p.payload()).hasValueSatisfying(payload -> {
            assertThat(payload.type()).isEqualTo("GCASH");
            assertThat(payload.fields()).containsEntry("receiver", Map.of("phone", "63"))
                    .containsEntry("receiveAmount", new BigDecimal("800.5")).containsEntry("n", 2L)
                    .doesNotContainKey("none");
        });
    }

    @Test
    void aDocumentIdThatIsNotAnIntegerOrAStatusWithoutStateIsADecodingFailure() {
        for (String body : new String[] {
                "{\"state\":\"PENDING\",\"documentId\":1.5,\"amount\":1,\"userRequestId\":\"X\"}",
                "{\"state\":\"PENDING\",\"documentId\":18446744073709551616,\"amount\":1,\"userRequestId\":\"X\"}",
                "{\"documentId\":1,\"amount\":1,\"userRequestId\":\"X\"}",
                "{\"state\":\"PENDING\",\"documentId\":1,\"amount\":\"1\",\"userRequestId\":\"X\"}",
                "{\"state\":\"PENDING\",\"documentId\":1,\"amount\":1e999999,\"userRequestId\":\"X\"}",
                "[]", "", "null"}) {
            try {
                json.payment("p", utf8(body));
                throw new AssertionError("accepted: " + body);
            } catch (DecodingException expected) {
                assertThat(expected.operation()).isEqualTo("p");
            }
        }
    }

    @Test
    void transactionsKeepEightDecimalsAndReadAZonelessDateAsUtc() {
        var page = json.transactions("t", utf8(StatusBodies.TRANSACTIONS), Api2TransactionQuery.firstPage());
        Api2Transaction btc = page.transactions().get(0);
        assertThat(btc.amount().toPlainString()).isEqualTo("0.00150000");
        assertThat(btc.currency()).isEqualTo(Currency.BTC);
        assertThat(btc.executeDate()).contains(Instant.parse("2026-01-05T10:16:40.002Z"));
        assertThat(btc.version()).contains(2L);
        assertThat(btc.txId()).contains("5f0ce91a");
        Api2Transaction pending = page.transactions().get(1);
        assertThat(pending.createDate()).contains(Instant.parse("2026-01-05T10:15:01.930Z"));
        assertThat(pending.executeDate()).isEmpty();
        assertThat(page.count()).isEqualTo(7);
    }

    @Test
    void aRateMayComeAsANumberOrANumericString() {
        assertThat(json.rate("r", utf8("1.0842"), Currency.EUR, Currency.USD).rate()).isEqualTo(new BigDecimal("1.0842"));
        assertThat(json.rate("r", utf8("\"92.5\""), Currency.USD, Currency.RUR).rate()).isEqualTo(new BigDecimal("92.5"));
    }

    @Test
    void accountsOfANetworkCurrencyAreRead() throws Exception {
        wireMock.stubFor(get(urlPathMatching("/v1/account/list")).willReturn(aResponse()
                .withBody("[{\"number\":\"T0000007\",\"currency\":\"USDTt\",\"name\":\"Tron\",\"balance\":10.5},"
                        + "{\"number\":\"T0000008\",\"currency\":\"USDTt\",\"balance\":0}]")));
        var accounts = await(api.accounts(Currency.USDT_TRC20));
        assertThat(accounts).hasSize(2);
        assertThat(accounts.get(0).currency()).isEqualTo(Currency.USDT_TRC20);
        assertThat(accounts.get(1).name()).isEmpty();
    }

    @Test
    void theCallbackBodyOfTheVectorIsRead() throws Exception {
        var vector = SignatureVectorsTest.vector("callback-executed");
        var callback = json.callback("callback", utf8(vector.get("body").asText()));
        assertThat(callback.state()).isEqualTo(Api2PaymentState.EXECUTED);
        assertThat(callback.documentId()).isEqualTo(9007199254740001L);
        assertThat(callback.fee()).contains(new BigDecimal("15.00"));
        assertThat(callback.userRequestId()).isEqualTo("PAY-0001");
        assertThat(callback.callbackUrl()).isEqualTo(Optional.of("https://example.com/callbacks/capitalist"));
    }
}
