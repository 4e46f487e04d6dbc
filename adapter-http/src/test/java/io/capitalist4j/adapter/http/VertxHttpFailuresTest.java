package io.capitalist4j.adapter.http;

import static io.capitalist4j.adapter.http.TestSupport.await;
import static io.capitalist4j.adapter.http.TestSupport.credentials;
import static io.capitalist4j.adapter.http.TestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

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
class VertxHttpFailuresTest extends WithScriptedServer {

    private static final int RETRIES = 2;
    private CapitalistHttpApi api;

    @BeforeEach
    void openClient() {
        api = client(server.uri(), ResponseFormat.JSON);
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
        server.script(r -> ScriptedServer.fixture("error-113-data-array.json"));
        Throwable failure = failure(api.importBatch(upload()));
        assertThat(failure).isInstanceOf(RemoteErrorException.class).hasMessageContaining("code 113: bad words");
        server.script(r -> ScriptedServer.fixture("error-135-string-code.json"));
        assertThat(failure(api.importBatch(upload()))).isInstanceOf(InsufficientFundsException.class);
        assertThat(server.count("import_batch_advanced")).isEqualTo(2);
    }

    @Test
    void keepsTheSecondLineOfACsvImportErrorInTheMessage() throws Exception {
        server.script(r -> ScriptedServer.fixture("error-185.csv"));
        assertThat(failure(api.importBatch(upload()))).isInstanceOf(RequestRejectedException.class)
                .hasMessageContaining("code 185").hasMessageContaining("518604");
    }

    @Test
    void retriesAReadOnHttp500AndThenReportsTheStatusWithABodyExcerpt() throws Exception {
        server.script(r -> ScriptedServer.answer(500, "json", ("Internal error token=35E9F07B324E1B2AADAC9C2829373420F01E " + "x".repeat(400)).getBytes()));
        Throwable failure = failure(api.getDocumentFee(feeQuery()));
        assertThat(failure).isInstanceOf(HttpStatusException.class);
        HttpStatusException status = (HttpStatusException) failure;
        assertThat(status.status()).isEqualTo(500);
        assertThat(status.bodyExcerpt()).hasSizeLessThanOrEqualTo(200).startsWith("Internal error").doesNotContain("35E9F07B");
        assertThat(server.count("get_document_fee")).isEqualTo(1 + RETRIES);
    }

    @Test
    void succeedsWhenAReadRecoversWithinItsRetries() throws Exception {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        server.script(r -> calls.incrementAndGet() <= RETRIES ? ScriptedServer.answer(503, null, new byte[0])
                : ScriptedServer.byFixture(r));
        assertThat(await(api.getDocumentFee(feeQuery())).fee()).isEqualTo(new BigDecimal("40.00"));
        assertThat(server.count("get_document_fee")).isEqualTo(1 + RETRIES);
    }

    @Test
    void sendsAnUploadExactlyOnceWhenTheServerAnswers500() throws Exception {
        server.script(r -> ScriptedServer.answer(500, null, "oops".getBytes()));
        assertThat(failure(api.importBatch(upload()))).isInstanceOf(HttpStatusException.class);
        assertThat(failure(api.processBatch(BatchId.of("c1f56606"), Secret.of("123456")))).isInstanceOf(HttpStatusException.class);
        assertThat(server.count("import_batch_advanced")).isEqualTo(1);
        assertThat(server.count("process_batch")).isEqualTo(1);
    }

    @Test
    void neverRepeatsAnUploadThatTheServerTookAndThenDroppedTheConnectionOn() throws Exception {
        server.script(r -> ScriptedServer.drop());
        Throwable failure = failure(api.importBatch(upload()));
        assertThat(failure).isInstanceOf(TransportException.class);
        assertThat(((TransportException) failure).mayHaveReachedServer()).isTrue();
        assertThat(server.count("import_batch_advanced")).isEqualTo(1);
    }

    @Test
    void retriesAReadWhoseConnectionWasDroppedAndReportsThatItMayHaveArrived() throws Exception {
        server.script(r -> ScriptedServer.drop());
        Throwable failure = failure(api.getAccounts());
        assertThat(failure).isInstanceOf(TransportException.class);
        assertThat(((TransportException) failure).mayHaveReachedServer()).isTrue();
        assertThat(server.count("get_accounts")).isEqualTo(1 + RETRIES);
    }

    @Test
    void reportsATimeoutWhenNoAnswerComesAndRetriesOnlyReads() throws Exception {
        server.script(r -> ScriptedServer.hang());
        assertThat(failure(api.getCurrencyRates())).isInstanceOf(RequestTimeoutException.class)
                .hasMessageContaining("currency_rates");
        assertThat(server.count("currency_rates")).isEqualTo(1 + RETRIES);
        Throwable upload = failure(api.importBatch(upload()));
        assertThat(upload).isInstanceOf(RequestTimeoutException.class);
        assertThat(((TransportException) upload).mayHaveReachedServer()).isTrue();
        assertThat(server.count("import_batch_advanced")).isEqualTo(1);
    }

    @Test
    void reportsAnIdleTimeoutAsATimeoutThatMayHaveReachedTheServer() throws Exception {
        try (CapitalistHttpApi idle = VertxHttp.create(HttpOptions.builder().baseUrl(server.uri()).vertx(vertx)
                .readRetries(0).idleTimeout(Duration.ofMillis(200)).requestTimeout(Duration.ofSeconds(5))
                .authMode(AuthMode.PLAIN).build(), credentials(), new TestSupport.FakeCipher())) {
            server.script(r -> ScriptedServer.hang());
            Throwable failure = failure(idle.getAccounts());
            assertThat(failure).isInstanceOf(RequestTimeoutException.class);
            assertThat(((TransportException) failure).mayHaveReachedServer()).isTrue();
        }
    }

    @Test
    void reportsATruncatedBodyAsADecodingFailureWithoutRetrying() throws Exception {
        byte[] whole = ScriptedServer.fixtureBytes("get_accounts.json");
        server.script(r -> ScriptedServer.answer(200, "json", java.util.Arrays.copyOf(whole, whole.length / 2)));
        assertThat(failure(api.getAccounts())).isInstanceOf(DecodingException.class).hasMessageContaining("get_accounts");
        assertThat(server.count("get_accounts")).isEqualTo(1);
    }

    @Test
    void reportsAnAnswerCutShortOnTheWireAsATransportFailure() throws Exception {
        server.script(r -> ScriptedServer.cutShort("json", "{\"code\":0,\"message\":\"\",\"data\":{\"verified\""));
        Throwable failure = failure(api.importBatch(upload()));
        assertThat(failure).isInstanceOf(TransportException.class);
        assertThat(((TransportException) failure).mayHaveReachedServer()).isTrue();
        assertThat(server.count("import_batch_advanced")).isEqualTo(1);
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
            assertThat(((TransportException) read).mayHaveReachedServer()).isFalse();
        }
    }

    @Test
    void reportsAGarbageBodyAsADecodingFailure() throws Exception {
        server.script(r -> ScriptedServer.answer(200, "csv", "<html>502 Bad Gateway</html>".getBytes()));
        assertThat(failure(api.getDocumentFee(feeQuery()))).isInstanceOf(DecodingException.class);
        server.script(r -> ScriptedServer.answer(200, "json", new byte[0]));
        assertThat(failure(api.getDocumentFee(feeQuery()))).isInstanceOf(DecodingException.class).hasMessageContaining("empty");
    }
}
