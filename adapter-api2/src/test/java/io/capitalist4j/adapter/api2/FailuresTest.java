package io.capitalist4j.adapter.api2;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.api2.Api2Payload;
import io.capitalist4j.domain.api2.Api2PaymentRequest;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.error.ErrorCategory;
import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.domain.error.OutcomeUnknownException;
import io.capitalist4j.domain.error.RequestTimeoutException;
import io.capitalist4j.domain.error.TransportException;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Error answers become the catalogue with a category; a payment whose answer is lost is "outcome unknown". */
class FailuresTest extends WithWireMock {

    private static final Api2PaymentRequest PAYMENT = Api2PaymentRequest.of("PAY-77", AccountNumber.of("U0123504"),
            Money.of("10", Currency.USD), Api2Payload.of("WM").with("account", "Z112224443331"));

    private static final Map<Integer, ErrorCategory> CATEGORIES = Map.of(
            400, ErrorCategory.REQUEST_REJECTED, 422, ErrorCategory.REQUEST_REJECTED,
            401, ErrorCategory.AUTHENTICATION, 403, ErrorCategory.AUTHENTICATION,
            404, ErrorCategory.NOT_FOUND, 429, ErrorCategory.RATE_LIMITED,
            500, ErrorCategory.SYSTEM, 503, ErrorCategory.SYSTEM, 418, ErrorCategory.UNKNOWN);

    @Test
    void eachErrorStatusOfAReadIsAnHttpStatusExceptionWithItsCategoryAndTheServersText() throws Exception {
        for (Map.Entry<Integer, ErrorCategory> e : CATEGORIES.entrySet()) {
            wireMock.resetAll();
            wireMock.stubFor(get(urlEqualTo("/v1/whitelist")).willReturn(aResponse().withStatus(e.getKey())
                    .withBody("{\"error\":\"refused for status " + e.getKey() + "\"}")));
            Throwable failure = failure(api.whitelist());
            assertThat(failure).as("HTTP %s", e.getKey()).isInstanceOfSatisfying(HttpStatusException.class, h -> {
                assertThat(h.status()).isEqualTo(e.getKey());
                assertThat(h.category()).isEqualTo(e.getValue());
                assertThat(h.serverMessage()).contains("refused for status " + e.getKey());
                assertThat(h.operation()).isEqualTo("whitelist");
                assertThat(h.getMessage()).contains("HTTP " + e.getKey()).contains("refused for status");
            });
        }
    }

    @Test
    void aWriteIsRefusedWithTheSameCategoriesAndSentOnce() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/whitelist")).willReturn(aResponse().withStatus(503)
                .withBody("{\"error\":\"maintenance\"}")));
        Throwable failure = failure(api.addToWhitelist(java.util.List.of(
                io.capitalist4j.domain.api2.WhitelistEntry.of("203.0.113.8"))));
        assertThat(failure).isInstanceOfSatisfying(HttpStatusException.class,
                h -> assertThat(h.category()).isEqualTo(ErrorCategory.SYSTEM));
        assertThat(requests()).hasSize(1);
    }

    @Test
    void anErrorBodyThatIsNotJsonKeepsAnExcerptAndNoServerMessage() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/v1/whitelist")).willReturn(aResponse().withStatus(401)
                .withBody("<html>Unauthorized</html>")));
        Throwable failure = failure(api.whitelist());
        assertThat(failure).isInstanceOfSatisfying(HttpStatusException.class, h -> {
            assertThat(h.serverMessage()).isEmpty();
            assertThat(h.bodyExcerpt()).contains("Unauthorized");
            assertThat(h.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
        });
    }

    @Test
    void readsAreRepeatedAfterA5xxAndA429AndSucceedWhenTheServerRecovers() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/v1/whitelist")).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("throttled"));
        wireMock.stubFor(get(urlEqualTo("/v1/whitelist")).inScenario("flaky").whenScenarioStateIs("throttled")
                .willReturn(aResponse().withStatus(429).withBody("{\"error\":\"slow down\"}")).willSetStateTo("ok"));
        wireMock.stubFor(get(urlEqualTo("/v1/whitelist")).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(aResponse().withBody("[\"127.0.0.*\"]")));
        assertThat(await(api.whitelist())).hasSize(1);
        assertThat(requests()).hasSize(3);
    }

    @Test
    void readsGiveUpAfterTheirRetries() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/v1/whitelist")).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThat(failure(api.whitelist())).isInstanceOf(TransportException.class);
        assertThat(requests()).hasSize(3); // readRetries(2)
    }

    @Test
    void aLookupOfAnUnknownPaymentIsEmptyOn404WithAnErrorBody() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/v1/payment/PAY-77")).willReturn(aResponse().withStatus(404)
                .withBody("{\"error\":\"payment not found\"}")));
        assertThat(await(api.paymentByUserRequestId("PAY-77"))).isEmpty();
    }

    @Test
    void aLookupAnswered400SayingNotFoundIsEmptyToo() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/v1/payment/document/12")).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":\"Document Not Found\"}")));
        assertThat(await(api.paymentByDocumentId(12))).isEmpty();
    }

    @Test
    void aLookupAnswered404WithoutAnErrorBodyOrAnother400IsAFailureNotAnAbsence() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/v1/payment/PAY-77")).willReturn(aResponse().withStatus(404)
                .withBody("<html>no such route</html>")));
        assertThat(failure(api.paymentByUserRequestId("PAY-77"))).isInstanceOfSatisfying(HttpStatusException.class,
                h -> assertThat(h.category()).isEqualTo(ErrorCategory.NOT_FOUND));
        wireMock.resetAll();
        wireMock.stubFor(get(urlEqualTo("/v1/payment/PAY-77")).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":\"bad id\"}")));
        assertThat(failure(api.paymentByUserRequestId("PAY-77"))).isInstanceOf(HttpStatusException.class);
    }

    @Test
    void aPaymentRefusedWith400IsARefusalAndIsSentOnce() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/payment")).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":\"Insufficient funds\"}")));
        assertThat(failure(api.createPayment(PAYMENT))).isInstanceOfSatisfying(HttpStatusException.class, h -> {
            assertThat(h.category()).isEqualTo(ErrorCategory.REQUEST_REJECTED);
            assertThat(h.serverMessage()).contains("Insufficient funds");
            assertThat(h.operation()).isEqualTo("payment");
        });
        assertThat(requests()).hasSize(1);
    }

    private void assertLost(Throwable failure) {
        assertThat(failure).isInstanceOfSatisfying(OutcomeUnknownException.class, o -> {
            assertThat(o.paymentNumbers()).containsExactly("PAY-77");
            assertThat(o.operation()).isEqualTo("payment");
        });
        assertThat(requests()).as("a payment is never sent twice").hasSize(1);
    }

    @Test
    void aPaymentWhoseConnectionIsResetIsOutcomeUnknownAndNotRepeated() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/payment")).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertLost(failure(api.createPayment(PAYMENT)));
    }

    @Test
    void aPaymentAnswered5xxIsOutcomeUnknownAndNotRepeated() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/payment")).willReturn(aResponse().withStatus(502)
                .withBody("{\"error\":\"bad gateway\"}")));
        Throwable failure = failure(api.createPayment(PAYMENT));
        assertLost(failure);
        assertThat(failure.getCause()).isInstanceOf(HttpStatusException.class);
    }

    @Test
    void aPaymentWithAnUnreadableAnswerIsOutcomeUnknown() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/payment")).willReturn(aResponse().withBody("{\"documentId\":")));
        Throwable failure = failure(api.createPayment(PAYMENT));
        assertLost(failure);
        assertThat(failure.getCause()).isInstanceOf(DecodingException.class);
    }

    @Test
    void aPaymentWithoutAnAnswerInTimeIsOutcomeUnknown() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/payment")).willReturn(aResponse().withFixedDelay(3_000)
                .withBody("{\"documentId\":1}")));
        try (Api2HttpApi impatient = Api2Http.create(options().requestTimeout(Duration.ofMillis(300)).build(),
                Api2Credentials.of(KEY, Secret.of(SECRET)))) {
            Throwable failure = failure(impatient.createPayment(PAYMENT));
            assertLost(failure);
            assertThat(failure.getCause()).isInstanceOf(RequestTimeoutException.class);
        }
    }

    @Test
    void aPaymentWithAnOversizedAnswerIsOutcomeUnknown() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/payment")).willReturn(aResponse()
                .withBody("{\"documentId\":1,\"pad\":\"" + "x".repeat(4096) + "\"}")));
        try (Api2HttpApi small = Api2Http.create(options().maxAnswerBytes(1024).build(),
                Api2Credentials.of(KEY, Secret.of(SECRET)))) {
            Throwable failure = failure(small.createPayment(PAYMENT));
            assertLost(failure);
            assertThat(failure.getCause()).hasMessageContaining("maxAnswerBytes");
        }
    }

    @Test
    void aPaymentThatNeverReachedAServerSaysItWasNotSent() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (Api2HttpApi nowhere = Api2Http.create(options().baseUrl(URI.create("http://127.0.0.1:" + closedPort + "/"))
                .build(), Api2Credentials.of(KEY, Secret.of(SECRET)))) {
            Throwable failure = failure(nowhere.createPayment(PAYMENT));
            assertThat(failure).isInstanceOfSatisfying(TransportException.class,
                    t -> assertThat(t.mayHaveReachedServer()).isFalse());
        }
    }

    @Test
    void closingTheClientFailsAPaymentInFlightAsOutcomeUnknownAndLaterCallsAsNotSent() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/v1/payment")).willReturn(aResponse().withFixedDelay(10_000)
                .withBody("{\"documentId\":1}")));
        var stage = api.createPayment(PAYMENT);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (wireMock.getAllServeEvents().isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait(); // wait until the server holds the request
        }
        api.close();
        assertThat(failure(stage)).isInstanceOf(OutcomeUnknownException.class);
        assertThat(failure(api.whitelist())).isInstanceOfSatisfying(TransportException.class,
                t -> assertThat(t.mayHaveReachedServer()).isFalse());
    }

    @Test
    void aSuccessfulAnswerThatCannotBeReadIsADecodingFailure() throws Exception {
        wireMock.stubFor(get(urlPathMatching("/v1/account/list")).willReturn(aResponse()
                .withBody("{\"not\":\"an array\"}")));
        assertThat(failure(api.accounts(Currency.USD))).isInstanceOf(DecodingException.class)
                .hasMessageContaining("array");
    }
}
