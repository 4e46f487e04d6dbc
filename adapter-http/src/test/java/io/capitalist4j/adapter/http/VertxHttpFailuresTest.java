package io.capitalist4j.adapter.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.capitalist4j.adapter.http.ApiStubs.count;
import static io.capitalist4j.adapter.http.ApiStubs.fixture;
import static io.capitalist4j.adapter.http.ApiStubs.operation;
import static io.capitalist4j.adapter.http.TestSupport.await;
import static io.capitalist4j.adapter.http.TestSupport.credentials;
import static io.capitalist4j.adapter.http.TestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.application.port.out.ImportBatchRequest;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.Verification;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.domain.error.InsufficientFundsException;
import io.capitalist4j.domain.error.RemoteErrorException;
import io.capitalist4j.domain.error.RequestRejectedException;
import io.capitalist4j.domain.error.RequestTimeoutException;
import io.capitalist4j.domain.error.TransportException;
import io.capitalist4j.domain.fee.DocumentType;
import io.capitalist4j.domain.fee.FeeQuery;
import io.capitalist4j.domain.fee.FeeQuote;
import io.capitalist4j.domain.account.AccountNumber;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Error answers, transport failures, timeouts and the retry rules (reads may repeat, uploads never). */
class VertxHttpFailuresTest extends WithWireMock {

    private static final int RETRIES = 2;
    /** How long a stalled answer is held: well beyond the client's deadlines below, so only they can end the wait. */
    private static final int STALL_MILLIS = 3_000;
    private CapitalistHttpApi api;

    @BeforeEach
    void openClient() {
        api = client(uri(), ResponseFormat.JSON);
    }

    private CapitalistHttpApi client(URI uri, ResponseFormat format) {
        return VertxHttp.create(HttpOptions.builder().baseUrl(uri).vertx(vertx).format(format)
                .readRetries(RETRIES).retryBaseDelay(Duration.ofMillis(1))
                .requestTimeout(Duration.ofMillis(400)).idleTimeout(Duration.ofSeconds(5))
                .authMode(AuthMode.PLAIN).build(), credentials(), new TestSupport.FakeCipher());
    }

    @AfterEach
    void closeClient() {
        api.close();
    }

    private static ImportBatchRequest upload() {
        return new ImportBatchRequest(BatchText.of("CAPITALIST;R0000000;10.00;RUR;9999;Payout"),
                Verification.signature("c2ln"), Map.of());
    }

    private static FeeQuery feeQuery() {
        return FeeQuery.of(DocumentType.WIRE, AccountNumber.of("U0100652"), new BigDecimal("100.00"));
    }

    @Test
    void turnsAnErrorWithAnEmptyDataListIntoTheCataloguedException() throws Exception {
        wireMock.stubFor(operation("import_batch_advanced").willReturn(fixture("error-113-data-array.json")));
        Throwable failure = failure(api.importBatch(upload()));
        assertThat(failure).isExactlyInstanceOf(RequestRejectedException.class).hasMessageContaining("code 113: bad words");
        assertThat(((RequestRejectedException) failure).code()).isEqualTo(113);
        wireMock.stubFor(operation("import_batch_advanced").willReturn(fixture("error-135-string-code.json")));
        Throwable funds = failure(api.importBatch(upload()));
        assertThat(funds).isExactlyInstanceOf(InsufficientFundsException.class);
        assertThat(((InsufficientFundsException) funds).code()).isEqualTo(135);
        assertThat(count(wireMock, "import_batch_advanced")).isEqualTo(2);
    }

    @Test
    void keepsTheSecondLineOfACsvImportErrorInTheMessage() throws Exception {
        wireMock.stubFor(operation("import_batch_advanced").willReturn(fixture("error-185.csv")));
        Throwable failure = failure(api.importBatch(upload()));
        assertThat(failure).isExactlyInstanceOf(RequestRejectedException.class)
                .hasMessageContaining("code 185").hasMessageContaining("518604");
        assertThat(((RequestRejectedException) failure).code()).isEqualTo(185);
    }

    @Test
    void retriesAReadOnHttp500AndThenReportsTheStatusWithABodyExcerpt() throws Exception {
        wireMock.stubFor(operation("get_document_fee").willReturn(aResponse().withStatus(500).withHeader("x-response-format", "json")
                .withBody("Internal error token=35E9F07B324E1B2AADAC9C2829373420F01E " + "x".repeat(400))));
        Throwable failure = failure(api.getDocumentFee(feeQuery()));
        assertThat(failure).isExactlyInstanceOf(HttpStatusException.class);
        HttpStatusException status = (HttpStatusException) failure;
        assertThat(status.status()).isEqualTo(500);
        assertThat(status.bodyExcerpt()).hasSizeLessThanOrEqualTo(200).startsWith("Internal error").doesNotContain("35E9F07B");
        assertThat(count(wireMock, "get_document_fee")).isEqualTo(1 + RETRIES);
    }

    @Test
    void readsAnErrorEnvelopeOnANon200StatusAsThatErrorButASuccessEnvelopeStaysAnHttpFailure() throws Exception {
        wireMock.stubFor(operation("get_document_fee").willReturn(aResponse().withStatus(400)
                .withHeader("x-response-format", "json").withBody("{\"code\":185,\"message\":\"Wrong amount\",\"data\":[]}")));
        Throwable refused = failure(api.getDocumentFee(feeQuery()));
        assertThat(refused).isExactlyInstanceOf(RequestRejectedException.class).hasMessageContaining("code 185");
        assertThat(count(wireMock, "get_document_fee")).isEqualTo(1);

        wireMock.stubFor(operation("get_document_fee").willReturn(aResponse().withStatus(502)
                .withBody("{\"code\":0,\"message\":\"\",\"data\":{}}")));
        Throwable status = failure(api.getDocumentFee(feeQuery()));
        assertThat(status).isExactlyInstanceOf(HttpStatusException.class);
        assertThat(((HttpStatusException) status).status()).isEqualTo(502);
    }

    @Test
    void succeedsWhenAReadRecoversWithinItsRetries() throws Exception {
        // Two 503s in a row, then the fixture: a scenario moves one state per answer.
        wireMock.stubFor(operation("get_document_fee").inScenario("recovery").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
        wireMock.stubFor(operation("get_document_fee").inScenario("recovery").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        assertThat(await(api.getDocumentFee(feeQuery()))).isEqualTo(new FeeQuote(new BigDecimal("40.00"), "USD",
                new BigDecimal("100.00")));
        assertThat(count(wireMock, "get_document_fee")).isEqualTo(1 + RETRIES);
    }

    @Test
    void sendsAnUploadExactlyOnceWhenTheServerAnswers500() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(500).withBody("oops")));
        Throwable upload = failure(api.importBatch(upload()));
        assertThat(upload).isExactlyInstanceOf(HttpStatusException.class);
        assertThat(((HttpStatusException) upload).status()).isEqualTo(500);
        Throwable confirm = failure(api.processBatch(BatchId.of("c1f56606"), Secret.of("123456")));
        assertThat(confirm).isExactlyInstanceOf(HttpStatusException.class);
        assertThat(((HttpStatusException) confirm).status()).isEqualTo(500);
        assertThat(count(wireMock, "import_batch_advanced")).isEqualTo(1);
        assertThat(count(wireMock, "process_batch")).isEqualTo(1);
    }

    @Test
    void neverRepeatsAnUploadThatTheServerTookAndThenResetTheConnectionOn() throws Exception {
        wireMock.stubFor(operation("import_batch_advanced").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Throwable failure = failure(api.importBatch(upload()));
        assertThat(failure).isExactlyInstanceOf(TransportException.class);
        assertThat(((TransportException) failure).mayHaveReachedServer()).isTrue();
        assertThat(count(wireMock, "import_batch_advanced")).isEqualTo(1);
    }

    @Test
    void neverRepeatsAnUploadThatTheServerClosedTheConnectionOnWithoutAWord() throws Exception {
        wireMock.stubFor(operation("import_batch_advanced").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        Throwable failure = failure(api.importBatch(upload()));
        assertThat(failure).isExactlyInstanceOf(TransportException.class);
        assertThat(((TransportException) failure).mayHaveReachedServer()).isTrue();
        assertThat(count(wireMock, "import_batch_advanced")).isEqualTo(1);
    }

    @Test
    void retriesAReadWhoseConnectionWasDroppedAndReportsThatItMayHaveArrived() throws Exception {
        wireMock.stubFor(operation("get_accounts").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        Throwable failure = failure(api.getAccounts());
        assertThat(failure).isExactlyInstanceOf(TransportException.class);
        assertThat(((TransportException) failure).mayHaveReachedServer()).isTrue();
        assertThat(count(wireMock, "get_accounts")).isEqualTo(1 + RETRIES);
    }

    @Test
    void retriesAReadAnsweredWithGarbageBytesAndReportsThatItMayHaveArrived() throws Exception {
        wireMock.stubFor(operation("get_accounts").willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
        Throwable failure = failure(api.getAccounts());
        assertThat(failure).isExactlyInstanceOf(TransportException.class);
        assertThat(((TransportException) failure).mayHaveReachedServer()).isTrue();
        assertThat(count(wireMock, "get_accounts")).isEqualTo(1 + RETRIES);
    }

    @Test
    void reportsATimeoutWhenNoAnswerComesAndRetriesOnlyReads() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/")).willReturn(fixture("empty-success.json").withFixedDelay(STALL_MILLIS)));
        assertThat(failure(api.getCurrencyRates())).isExactlyInstanceOf(RequestTimeoutException.class)
                .hasMessageContaining("currency_rates");
        assertThat(count(wireMock, "currency_rates")).isEqualTo(1 + RETRIES);
        Throwable upload = failure(api.importBatch(upload()));
        assertThat(upload).isExactlyInstanceOf(RequestTimeoutException.class);
        assertThat(((TransportException) upload).mayHaveReachedServer()).isTrue();
        assertThat(count(wireMock, "import_batch_advanced")).isEqualTo(1);
    }

    @Test
    void reportsAnIdleTimeoutAsATimeoutThatMayHaveReachedTheServer() throws Exception {
        try (CapitalistHttpApi idle = VertxHttp.create(HttpOptions.builder().baseUrl(uri()).vertx(vertx)
                .readRetries(0).idleTimeout(Duration.ofMillis(200)).requestTimeout(Duration.ofSeconds(5))
                .authMode(AuthMode.PLAIN).build(), credentials(), new TestSupport.FakeCipher())) {
            wireMock.stubFor(post(urlEqualTo("/")).willReturn(fixture("get_accounts.json").withFixedDelay(STALL_MILLIS)));
            Throwable failure = failure(idle.getAccounts());
            assertThat(failure).isExactlyInstanceOf(RequestTimeoutException.class).hasMessageContaining("stalled");
            assertThat(((TransportException) failure).mayHaveReachedServer()).isTrue();
        }
    }

    @Test
    void reportsATruncatedBodyAsADecodingFailureWithoutRetrying() throws Exception {
        byte[] whole = ApiStubs.fixtureBytes("get_accounts.json");
        wireMock.stubFor(operation("get_accounts").willReturn(aResponse().withHeader("x-response-format", "json")
                .withBody(java.util.Arrays.copyOf(whole, whole.length / 2))));
        assertThat(failure(api.getAccounts())).isExactlyInstanceOf(DecodingException.class).hasMessageContaining("get_accounts");
        assertThat(count(wireMock, "get_accounts")).isEqualTo(1);
    }

    @Test
    void reportsAnAnswerCutShortOnTheWireAsATransportFailure() throws Exception {
        // An OK status line, then a broken chunk, then the connection closes.
        wireMock.stubFor(operation("import_batch_advanced").willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        Throwable failure = failure(api.importBatch(upload()));
        assertThat(failure).isExactlyInstanceOf(TransportException.class);
        assertThat(((TransportException) failure).mayHaveReachedServer()).isTrue();
        assertThat(count(wireMock, "import_batch_advanced")).isEqualTo(1);
    }

    @Test
    void reportsARefusedConnectionAsNeverSent() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        try (CapitalistHttpApi closed = client(URI.create("http://127.0.0.1:" + port + "/"), ResponseFormat.JSON)) {
            Throwable upload = failure(closed.importBatch(upload()));
            assertThat(upload).isExactlyInstanceOf(TransportException.class);
            assertThat(((TransportException) upload).mayHaveReachedServer()).isFalse();
            Throwable read = failure(closed.getAccounts());
            assertThat(read).isExactlyInstanceOf(TransportException.class);
            assertThat(((TransportException) read).mayHaveReachedServer()).isFalse();
        }
    }

    @Test
    void reportsAGarbageBodyAsADecodingFailure() throws Exception {
        wireMock.stubFor(operation("get_document_fee").willReturn(ApiStubs.answer("csv", "<html>502 Bad Gateway</html>")));
        assertThat(failure(api.getDocumentFee(feeQuery()))).isExactlyInstanceOf(DecodingException.class)
                .hasMessageContaining("get_document_fee");
        wireMock.stubFor(operation("get_document_fee").willReturn(ApiStubs.answer("json", "")));
        assertThat(failure(api.getDocumentFee(feeQuery()))).isExactlyInstanceOf(DecodingException.class).hasMessageContaining("empty");
        assertThat(count(wireMock, "get_document_fee")).isEqualTo(2);
    }
}
