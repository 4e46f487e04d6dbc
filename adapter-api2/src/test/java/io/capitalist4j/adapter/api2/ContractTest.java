package io.capitalist4j.adapter.api2;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.api2.Api2Account;
import io.capitalist4j.domain.api2.Api2Created;
import io.capitalist4j.domain.api2.Api2ExchangeRequest;
import io.capitalist4j.domain.api2.Api2LineExtras;
import io.capitalist4j.domain.api2.Api2Payment;
import io.capitalist4j.domain.api2.Api2PaymentRequest;
import io.capitalist4j.domain.api2.Api2PaymentState;
import io.capitalist4j.domain.api2.Api2Payouts;
import io.capitalist4j.domain.api2.Api2TransactionPage;
import io.capitalist4j.domain.api2.Api2TransactionQuery;
import io.capitalist4j.domain.api2.WhitelistEntry;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import io.capitalist4j.domain.payment.CardNumber;
import io.capitalist4j.domain.payment.RuCardPayout;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Pins the exact request of every API2 operation: method, path and query as sent, the three authentication headers
 * (the signature recomputed here independently), Content-Type only on bodies, and the body bytes.
 */
class ContractTest extends WithWireMock {

    private static final String JSON = "application/json";

    private static LoggedRequest only() {
        List<LoggedRequest> all = requests();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static void assertSignedGet(LoggedRequest r, String url) throws Exception {
        assertThat(r.getMethod().getName()).isEqualTo("GET");
        assertThat(r.getUrl()).isEqualTo(url);
        assertThat(r.getHeader("API-Key")).isEqualTo(KEY);
        assertThat(r.getHeader("X-Request-Timestamp")).isEqualTo(Long.toString(NOW));
        assertThat(r.getHeader("Signature")).isEqualTo(expectedSignature(Long.toString(NOW), new byte[0]));
        assertThat(r.containsHeader("Content-Type")).as("Content-Type on a GET").isFalse();
        assertThat(r.getBody()).isEmpty();
    }

    private static void assertSignedPost(LoggedRequest r, String url, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertThat(r.getMethod().getName()).isEqualTo("POST");
        assertThat(r.getUrl()).isEqualTo(url);
        assertThat(r.getHeader("API-Key")).isEqualTo(KEY);
        assertThat(r.getHeader("X-Request-Timestamp")).isEqualTo(Long.toString(NOW));
        assertThat(r.getHeader("Content-Type")).isEqualTo(JSON);
        assertThat(r.getBody()).isEqualTo(bytes);
        assertThat(r.getHeader("Signature")).isEqualTo(expectedSignature(Long.toString(NOW), bytes));
    }

    @Test
    void accountListAsksForOneCurrency() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/v1/account/list?currency=USD")).willReturn(aResponse().withStatus(200)
                .withBody("[{\"number\":\"U0412345\",\"currency\":\"USD\",\"name\":\"Payouts\",\"balance\":1520.75}]")));
        List<Api2Account> accounts = await(api.accounts(Currency.USD));
        assertThat(accounts).containsExactly(new Api2Account(AccountNumber.of("U0412345"), Currency.USD, "Payouts",
                new BigDecimal("1520.75")));
        assertSignedGet(only(), "/v1/account/list?currency=USD");
    }

    @Test
    void allAccountsAskOncePerDocumentedCurrencyAndJoinTheListsInThatOrder() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/v1/account/list?currency=USD")).willReturn(aResponse()
                .withBody("[{\"number\":\"U0412345\",\"currency\":\"USD\",\"name\":\"A\",\"balance\":1}]")));
        wireMock.stubFor(get(urlEqualTo("/v1/account/list?currency=RUR")).willReturn(aResponse()
                .withBody("[{\"number\":\"R0412345\",\"currency\":\"RUR\",\"name\":\"B\",\"balance\":2}]")));
        wireMock.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1/account/list"))
                .atPriority(10).willReturn(aResponse().withBody("[]")));
        List<Api2Account> accounts = await(api.accounts());
        assertThat(accounts).extracting(a -> a.number().value()).containsExactly("R0412345", "U0412345");
        assertThat(requests()).extracting(LoggedRequest::getUrl).containsExactlyInAnyOrder(
                "/v1/account/list?currency=RUR", "/v1/account/list?currency=USD", "/v1/account/list?currency=EUR",
                "/v1/account/list?currency=BTC", "/v1/account/list?currency=ETH", "/v1/account/list?currency=USDT",
                "/v1/account/list?currency=USDTt", "/v1/account/list?currency=USDTb",
                "/v1/account/list?currency=USDC", "/v1/account/list?currency=USDCb");
    }

    @Test
    void rateAsksForOnePair() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/v1/rate?from=EUR&to=USD")).willReturn(aResponse().withBody("1.0842")));
        assertThat(await(api.rate(Currency.EUR, Currency.USD)).rate()).isEqualTo(new BigDecimal("1.0842"));
        assertSignedGet(only(), "/v1/rate?from=EUR&to=USD");
    }

    @Test
    void exchangePostsTheTwoAccountsAndTheAmountWithItsDigits() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/exchange")).willReturn(aResponse().withBody("null")));
        await(api.exchange(new Api2ExchangeRequest(AccountNumber.of("U0412345"), AccountNumber.of("E0412399"),
                new BigDecimal("250.00"))));
        assertSignedPost(only(), "/v1/exchange",
                "{\"fromAccount\":\"U0412345\",\"toAccount\":\"E0412399\",\"amount\":250.00}");
    }

    @Test
    void aPaymentMappedFromAV1LineIsTheVectorsBodyByteForByteWithTheVectorsSignature() throws Exception {
        var vector = SignatureVectorsTest.vector("post-payment-ascii-json");
        assertThat(vector.get("timestamp").asText()).isEqualTo(Long.toString(NOW));
        wireMock.stubFor(post(urlEqualTo("/v1/payment")).willReturn(aResponse()
                .withBody("{\"documentId\":9007199254740991}")));
        Api2PaymentRequest request = Api2Payouts.toPaymentRequest(new CapitalistTransfer(AccountNumber.of("R0000002"),
                Money.of("1500", Currency.RUR), "PAY-0001", "Partner payout April"), 1, AccountNumber.of("R0123505"),
                Api2LineExtras.none());
        Api2Created created = await(api.createPayment(request));
        assertThat(created).isEqualTo(new Api2Created("PAY-0001", 9007199254740991L));
        LoggedRequest r = only();
        assertSignedPost(r, "/v1/payment", vector.get("body").asText());
        assertThat(r.getHeader("Signature")).isEqualTo(vector.get("signature").asText());
    }

    @Test
    void aCyrillicPaymentGoesAsRawUtf8AndMatchesTheUtf8Vector() throws Exception {
        var vector = SignatureVectorsTest.vector("post-payment-cyrillic-utf8");
        long at = Long.parseLong(vector.get("timestamp").asText());
        wireMock.stubFor(post(urlEqualTo("/v1/payment")).willReturn(aResponse().withBody("{\"documentId\":17}")));
        try (Api2HttpApi other = Api2Http.create(options().clock(Clock.fixed(Instant.ofEpochMilli(at), ZoneOffset.UTC))
                .build(), Api2Credentials.of(KEY, Secret.of(SECRET)))) {
            Api2PaymentRequest request = Api2Payouts.toPaymentRequest(new RuCardPayout(
                    CardNumber.of("4276380079956889"), Money.of("3000", Currency.RUR), "PAY-0003", "Выплата за апрель",
                    "Иван", "Петров"), 3, AccountNumber.of("R0123505"), Api2LineExtras.none().withMidname("Сергеевич"));
            assertThat(await(other.createPayment(request)).documentId()).isEqualTo(17);
        }
        LoggedRequest r = only();
        assertThat(r.getBody()).isEqualTo(vector.get("body").asText().getBytes(StandardCharsets.UTF_8));
        assertThat(r.getHeader("X-Request-Timestamp")).isEqualTo(vector.get("timestamp").asText());
        assertThat(r.getHeader("Signature")).isEqualTo(vector.get("signature").asText());
    }

    @Test
    void aPaymentWithACallbackUrlAndNestedPayloadWritesThemInOrder() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/payment")).willReturn(aResponse().withBody("{\"documentId\":5}")));
        Api2PaymentRequest request = Api2PaymentRequest.of("G-1", AccountNumber.of("U0123504"),
                Money.of("15.5", Currency.USD), io.capitalist4j.domain.api2.Api2Payload.of("GCASH")
                        .with("account", "639171234567")
                        .with("receiver", java.util.Map.of("phone", "639171234567"))
                        .with("receiveAmount", new BigDecimal("800"))
                        .with("flags", List.of(true, 2L)))
                .withComment("Payout \"Q2\"").withCallbackUrl(URI.create("https://example.com/cb?x=1"));
        await(api.createPayment(request));
        assertSignedPost(only(), "/v1/payment", "{\"userRequestId\":\"G-1\",\"accountFrom\":\"U0123504\","
                + "\"amount\":15.50,\"currency\":\"USD\",\"comment\":\"Payout \\\"Q2\\\"\","
                + "\"callbackUrl\":\"https://example.com/cb?x=1\",\"payload\":{\"type\":\"GCASH\","
                + "\"account\":\"639171234567\",\"receiver\":{\"phone\":\"639171234567\"},\"receiveAmount\":800,"
                + "\"flags\":[true,2]}}");
    }

    @Test
    void statusByUserRequestIdPercentEncodesTheIdInThePath() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/v1/payment/PAY%200001%2F%C3%BC")).willReturn(aResponse()
                .withBody(StatusBodies.PENDING)));
        Optional<Api2Payment> payment = await(api.paymentByUserRequestId("PAY 0001/ü"));
        assertThat(payment).isPresent();
        assertSignedGet(only(), "/v1/payment/PAY%200001%2F%C3%BC");
    }

    @Test
    void statusByDocumentIdWritesTheSixtyFourBitId() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/v1/payment/document/9007199254740991")).willReturn(aResponse()
                .withBody(StatusBodies.PENDING)));
        assertThat(await(api.paymentByDocumentId(9007199254740991L)).map(Api2Payment::state))
                .contains(Api2PaymentState.PENDING);
        assertSignedGet(only(), "/v1/payment/document/9007199254740991");
    }

    @Test
    void transactionsSendPagingAndPeriodAndLeaveAbsentFiltersOut() throws Exception {
        String url = "/v1/transactions?limit=2&offset=4&periodStart=2026-01-01T00%3A00%3A00Z";
        wireMock.stubFor(get(urlEqualTo(url)).willReturn(aResponse().withBody(StatusBodies.TRANSACTIONS)));
        Api2TransactionQuery query = Api2TransactionQuery.period(Optional.of(Instant.parse("2026-01-01T00:00:00Z")),
                Optional.empty()).withLimit(2).withOffset(4);
        Api2TransactionPage page = await(api.transactions(query));
        assertThat(page.transactions()).hasSize(2);
        assertThat(page.count()).isEqualTo(7);
        assertThat(page.next()).contains(query.withOffset(6));
        assertSignedGet(only(), url);
    }

    @Test
    void transactionsOfOneIdAndPeriodEnd() throws Exception {
        String url = "/v1/transactions?limit=100&offset=0&periodEnd=2026-02-01T12%3A30%3A00Z&transactionId=8367701";
        wireMock.stubFor(get(urlEqualTo(url)).willReturn(aResponse().withBody("{\"transactions\":[],\"count\":0}")));
        Api2TransactionQuery query = Api2TransactionQuery.period(Optional.empty(),
                Optional.of(Instant.parse("2026-02-01T12:30:00Z"))).withTransactionId(8367701);
        assertThat(await(api.transactions(query)).next()).isEmpty();
        assertSignedGet(only(), url);
    }

    @Test
    void whitelistIsReadWithAGet() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/v1/whitelist")).willReturn(aResponse()
                .withBody("[\"203.0.113.7\",\"198.51.100.*\"]")));
        assertThat(await(api.whitelist())).containsExactly(WhitelistEntry.of("203.0.113.7"),
                WhitelistEntry.of("198.51.100.*"));
        assertSignedGet(only(), "/v1/whitelist");
    }

    @Test
    void whitelistAddPostsTheEntries() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/whitelist")).willReturn(aResponse()
                .withBody("[\"203.0.113.8\"]")));
        await(api.addToWhitelist(List.of(WhitelistEntry.of("203.0.113.8"))));
        assertSignedPost(only(), "/v1/whitelist", "{\"ip\":[\"203.0.113.8\"]}");
    }

    @Test
    void whitelistRemovePostsTheEntriesToItsOwnPath() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/whitelist/remove")).willReturn(aResponse().withStatus(200)));
        await(api.removeFromWhitelist(List.of(WhitelistEntry.of("203.0.113.8"), WhitelistEntry.of("198.51.100.*"))));
        assertSignedPost(only(), "/v1/whitelist/remove", "{\"ip\":[\"203.0.113.8\",\"198.51.100.*\"]}");
    }

    @Test
    void depositAddressNamesTheNetworkCurrencyAsTheServerSpellsIt() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/v1/depositAddress/USDTb")).willReturn(aResponse()
                .withBody("{\"address\":\"0x3f1c00000000000000000000000000000000a07e\",}")));
        assertThat(await(api.depositAddress(Currency.of("USDTb"))).address())
                .isEqualTo("0x3f1c00000000000000000000000000000000a07e");
        assertSignedGet(only(), "/v1/depositAddress/USDTb");
    }

    @Test
    void autoConvertingAddressNamesTheAccount() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/v1/depositAddressAutoUSDTt/U0412345")).willReturn(aResponse()
                .withBody("{\"address\":\"TXYZ1234567890abcdefghijkLMNOPQ\"}")));
        assertThat(await(api.autoConvertingUsdtTrc20Address(AccountNumber.of("U0412345"))).address())
                .isEqualTo("TXYZ1234567890abcdefghijkLMNOPQ");
        assertSignedGet(only(), "/v1/depositAddressAutoUSDTt/U0412345");
    }

    @Test
    void aBaseUrlWithAPathKeepsItInFrontOfV1() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/prefix/v1/whitelist")).willReturn(aResponse().withBody("[]")));
        try (Api2HttpApi other = Api2Http.create(options().baseUrl(URI.create(uri() + "prefix")).build(),
                Api2Credentials.of(KEY, Secret.of(SECRET)))) {
            assertThat(await(other.whitelist())).isEmpty();
        }
        assertSignedGet(only(), "/prefix/v1/whitelist");
    }
}
