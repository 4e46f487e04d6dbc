package io.capitalist4j.testkit.api2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Api2EndpointsTest extends Api2Fixture {

    @BeforeEach
    void startServer() {
        start(config().timeline(Api2Timeline.after(Duration.ofMinutes(1))));
    }

    @Test
    void theAccountListAnswersTheAccountsOfOneCurrencyWithTheirBalances() {
        SignedClient.Answer a = client.get("/v1/account/list?currency=USD").send();
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).isEqualTo("[{\"number\":\"U0123504\",\"currency\":\"USD\",\"name\":\"Sandbox USD\","
                + "\"balance\":100000.00}]");
        assertThat(client.get("/v1/account/list?currency=BTC").send().body()).contains("\"balance\":10.00000000");
        assertThat(client.get("/v1/account/list?currency=ETH").send().body()).isEqualTo("[]");
    }

    @Test
    void theAccountListNeedsAKnownCurrency() {
        SignedClient.Answer missing = client.get("/v1/account/list").send();
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.error()).isEqualTo("currency: required");
        assertThat(client.get("/v1/account/list?currency=RUB").send().status()).isEqualTo(400);
        assertThat(client.get("/v1/account/list?currency=usd").send().status()).isEqualTo(400);
    }

    @Test
    void theRateIsABareNumberOfToUnitsPerFromUnit() {
        assertThat(client.get("/v1/rate?from=EUR&to=USD").send().body()).isEqualTo("1.0842");
        assertThat(client.get("/v1/rate?from=USD&to=USD").send().body()).isEqualTo("1");
        assertThat(new BigDecimal(client.get("/v1/rate?from=USD&to=EUR").send().body()))
                .isEqualByComparingTo("0.9223390518");
        assertThat(client.get("/v1/rate?from=EUR&to=XYZ").send().status()).isEqualTo(400);
        assertThat(client.get("/v1/rate?from=EUR").send().error()).isEqualTo("to: required");
    }

    @Test
    void anExchangeAnswersNullAndMovesMoneyBetweenTwoOwnAccounts() {
        SignedClient.Answer a = client.post("/v1/exchange",
                "{\"fromAccount\":\"E0123506\",\"toAccount\":\"U0123504\",\"amount\":250.00}").send();
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).isEqualTo("null");
        assertThat(server.balance("E0123506")).isEqualByComparingTo("99750.00");
        assertThat(server.balance("U0123504")).isEqualByComparingTo("100271.05");
        JsonNode tx = client.get("/v1/transactions?limit=2").send().json().get("transactions");
        assertThat(tx.get(0).get("type").asText()).isEqualTo("EXCHANGE_IN");
        assertThat(tx.get(1).get("type").asText()).isEqualTo("EXCHANGE_OUT");
    }

    @Test
    void anExchangeIsRefusedForForeignAccountsOneCurrencyOrTooLittleMoney() {
        assertThat(client.post("/v1/exchange", "{\"fromAccount\":\"E0000009\",\"toAccount\":\"U0123504\",\"amount\":1}")
                .send().error()).isEqualTo("fromAccount: unknown account E0000009");
        assertThat(client.post("/v1/exchange", "{\"fromAccount\":\"U0123504\",\"toAccount\":\"U0123504\",\"amount\":1}")
                .send().status()).isEqualTo(400);
        assertThat(client.post("/v1/exchange", "{\"fromAccount\":\"B0123507\",\"toAccount\":\"U0123504\",\"amount\":11}")
                .send().error()).isEqualTo("Insufficient funds");
        assertThat(server.balance("B0123507")).isEqualByComparingTo("10");
    }

    @Test
    void aPaymentAnswersADocumentIdAboveTwoToThe53AndDebitsAmountPlusFee() {
        SignedClient.Answer a = client.post(PAYMENT, "{\"userRequestId\":\"PAY-0006\",\"accountFrom\":\"U0123504\","
                + "\"amount\":15.50,\"currency\":\"USD\",\"comment\":\"Payout\",\"payload\":{\"type\":\"WM\","
                + "\"account\":\"Z112224443331\"}}").send();
        assertThat(a.status()).isEqualTo(200);
        BigInteger id = a.json().get("documentId").bigIntegerValue();
        assertThat(a.body()).isEqualTo("{\"documentId\":" + id + "}");
        assertThat(id).isGreaterThan(BigInteger.TWO.pow(53));
        assertThat(BigInteger.valueOf((long) id.doubleValue())).isNotEqualTo(id);
        assertThat(server.balance("U0123504")).isEqualByComparingTo("99984.34");
        assertThat(client.get("/v1/account/list?currency=USD").send().body()).contains("\"balance\":99984.34");
    }

    @Test
    void theStatusByUserRequestIdAndByDocumentIdIsThePaymentWithItsPayloadAsSortedJsonText() {
        String id = client.post(PAYMENT, "{\"userRequestId\":\"PAY-0006\",\"accountFrom\":\"U0123504\","
                + "\"amount\":15.50,\"currency\":\"USD\",\"comment\":\"Payout\",\"payload\":{\"type\":\"WM\","
                + "\"account\":\"Z112224443331\"}}").send().json().get("documentId").bigIntegerValue().toString();
        SignedClient.Answer byUser = client.get("/v1/payment/PAY-0006").send();
        assertThat(byUser.status()).isEqualTo(200);
        assertThat(byUser.body()).isEqualTo("{\"state\":\"PENDING\",\"fee\":0.16,\"documentId\":" + id
                + ",\"comment\":\"Payout\",\"amount\":15.50,\"currency\":\"USD\",\"type\":\"WM\","
                + "\"accountFrom\":\"U0123504\",\"payload\":\"{\\\"account\\\":\\\"Z112224443331\\\",\\\"type\\\":\\\"WM\\\"}\","
                + "\"userRequestId\":\"PAY-0006\",\"callbackUrl\":null}");
        assertThat(client.get("/v1/payment/document/" + id).send().body()).isEqualTo(byUser.body());
    }

    @Test
    void aUserRequestIdIsPercentDecodedFromThePath() {
        String body = capitalistPayment("batch 7/line+1", "1.00");
        assertThat(client.post(PAYMENT, body).send().status()).isEqualTo(200);
        SignedClient.Answer a = client.get("/v1/payment/batch%207%2Fline+1").send();
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("userRequestId").asText()).isEqualTo("batch 7/line+1");
    }

    @Test
    void anUnknownPaymentIs404AndANonNumericDocumentId400() {
        SignedClient.Answer unknown = client.get("/v1/payment/NOPE").send();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.error()).isEqualTo("payment not found: userRequestId NOPE");
        assertThat(client.get("/v1/payment/document/9007199254740993").send().status()).isEqualTo(404);
        assertThat(client.get("/v1/payment/document/12ab").send().status()).isEqualTo(400);
        assertThat(client.get("/v1/payment/document/99999999999999999999").send().status()).isEqualTo(400);
    }

    @Test
    void theUnknownPaymentStatusIsConfigurable() {
        server.close();
        start(config().unknownPaymentStatus(400));
        assertThat(client.get("/v1/payment/NOPE").send().status()).isEqualTo(400);
    }

    @Test
    void transactionsArePagedNewestFirstWithTheTotalCount() {
        for (int i = 1; i <= 5; i++) {
            clock.advance(Duration.ofSeconds(1));
            assertThat(client.post(PAYMENT, capitalistPayment("P" + i, i + ".00")).send().status()).isEqualTo(200);
        }
        // 5 opening IN rows + 5 OUT rows
        JsonNode page1 = client.get("/v1/transactions?limit=3&offset=0").send().json();
        assertThat(page1.get("count").asInt()).isEqualTo(10);
        assertThat(page1.get("transactions")).hasSize(3);
        assertThat(page1.get("transactions").get(0).get("amount").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(page1.get("transactions").get(0).get("type").asText()).isEqualTo("OUT");
        assertThat(page1.get("transactions").get(0).get("state").asText()).isEqualTo("PENDING");
        assertThat(page1.get("transactions").get(0).has("executeDate")).isFalse();
        assertThat(page1.get("transactions").get(0).get("version").asInt()).isEqualTo(1);
        JsonNode last = client.get("/v1/transactions?limit=3&offset=9").send().json();
        assertThat(last.get("transactions")).hasSize(1);
        assertThat(last.get("transactions").get(0).get("type").asText()).isEqualTo("IN");
        assertThat(client.get("/v1/transactions").send().json().get("transactions")).hasSize(10);
    }

    @Test
    void transactionsFilterByPeriodAndId() {
        clock.advance(Duration.ofHours(1));
        client.post(PAYMENT, capitalistPayment("P1", "1.00")).send();
        String since = clock.instant().toString();
        JsonNode recent = client.get("/v1/transactions?periodStart=" + since).send().json();
        assertThat(recent.get("count").asInt()).isEqualTo(1);
        long id = recent.get("transactions").get(0).get("transactionId").asLong();
        assertThat(recent.get("transactions").get(0).get("createDate").asText()).isEqualTo("2025-01-15T10:00:00.000Z");
        assertThat(client.get("/v1/transactions?periodEnd=" + since).send().json().get("count").asInt()).isEqualTo(5);
        assertThat(client.get("/v1/transactions?periodStart=2025-01-15T10:00:00").send().json().get("count").asInt())
                .isEqualTo(1);
        assertThat(client.get("/v1/transactions?transactionId=" + id).send().json().get("count").asInt()).isEqualTo(1);
    }

    @Test
    void transactionsRefuseABadLimitOffsetOrDate() {
        assertThat(client.get("/v1/transactions?limit=0").send().status()).isEqualTo(400);
        assertThat(client.get("/v1/transactions?offset=-1").send().status()).isEqualTo(400);
        assertThat(client.get("/v1/transactions?limit=ten").send().status()).isEqualTo(400);
        assertThat(client.get("/v1/transactions?periodStart=yesterday").send().status()).isEqualTo(400);
    }

    @Test
    void theWhitelistIsListedAddedToAndRemovedFromAndEnforcedOnceNotEmpty() {
        assertThat(client.get("/v1/whitelist").send().body()).isEqualTo("[]");
        assertThat(client.post("/v1/whitelist", "{\"ip\":[\"127.0.0.*\",\"203.0.113.7\"]}").send().body())
                .isEqualTo("[\"127.0.0.*\",\"203.0.113.7\"]");
        assertThat(client.get("/v1/whitelist").send().status()).isEqualTo(200);
        assertThat(client.post("/v1/whitelist/remove", "{\"ip\":[\"127.0.0.*\"]}").send().body())
                .isEqualTo("[\"203.0.113.7\"]");
        SignedClient.Answer refused = client.get("/v1/whitelist").send();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.error()).isEqualTo("IP address 127.0.0.1 is not whitelisted");
        server.clearWhitelist();
        assertThat(client.get("/v1/whitelist").send().body()).isEqualTo("[]");
        assertThat(client.post("/v1/whitelist", "{\"ip\":[\"127.0.0.256\"]}").send().status()).isEqualTo(400);
        assertThat(client.post("/v1/whitelist", "{\"ip\":\"127.0.0.1\"}").send().status()).isEqualTo(400);
    }

    @Test
    void depositAddressesLookLikeTheirChainAndStayTheSameWithinEightHours() {
        String btc = client.get("/v1/depositAddress/BTC").send().json().get("address").asText();
        assertThat(btc).startsWith("bc1q").hasSize(42);
        assertThat(client.get("/v1/depositAddress/USDTb").send().json().get("address").asText()).matches("0x[0-9a-f]{40}");
        assertThat(client.get("/v1/depositAddress/USDTt").send().json().get("address").asText()).startsWith("T").hasSize(34);
        assertThat(client.get("/v1/depositAddress/BTC").send().json().get("address").asText()).isEqualTo(btc);
        clock.advance(Duration.ofHours(8));
        assertThat(client.get("/v1/depositAddress/BTC").send().json().get("address").asText()).isNotEqualTo(btc);
        assertThat(client.get("/v1/depositAddress/RUR").send().status()).isEqualTo(400);
        assertThat(client.get("/v1/depositAddressAutoUSDTt/U0123504").send().json().get("address").asText())
                .startsWith("T");
        assertThat(client.get("/v1/depositAddressAutoUSDTt/U9999999").send().status()).isEqualTo(400);
    }

    @Test
    void aBodyWithoutJsonContentTypeIs415UnlessTheCheckIsOff() {
        SignedClient.Answer a = client.post(PAYMENT, capitalistPayment("P1", "1.00")).withoutContentType().send();
        assertThat(a.status()).isEqualTo(415);
        assertThat(a.error()).isEqualTo("Content-Type must be application/json");
        assertThat(client.post(PAYMENT, capitalistPayment("P1", "1.00")).header("Content-Type", "text/plain").send()
                .status()).isEqualTo(415);
        assertThat(server.payments()).isEmpty();
        assertThat(client.post(PAYMENT, capitalistPayment("P1", "1.00"))
                .header("Content-Type", "Application/JSON; charset=UTF-8").send().status()).isEqualTo(200);
        server.close();
        start(config().requireJsonContentType(false));
        assertThat(client.post(PAYMENT, capitalistPayment("P1", "1.00")).withoutContentType().send().status())
                .isEqualTo(200);
    }

    @Test
    void aWrongMethodOnAKnownPathIs405() {
        SignedClient.Answer a = client.get("/v1/payment").send();
        assertThat(a.status()).isEqualTo(405);
        assertThat(a.headers().get("allow")).isEqualTo("POST");
        assertThat(client.post("/v1/account/list", "{}").send().status()).isEqualTo(405);
    }
}
