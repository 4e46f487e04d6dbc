package io.capitalist4j.testkit;

import static io.capitalist4j.testkit.RawClient.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.application.port.out.ImportBatchRequest;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.Verification;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.error.TransportException;
import io.vertx.core.http.HttpClosedException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

    static final String BATCH = "CAPITALIST;R0000002;10.00;RUR;F1;one\nCAPITALIST;R0000003;2.00;RUR;F2;two";

    FakeCapitalistServer server;
    RawClient client;

    @BeforeEach
    void start() {
        server = FakeCapitalistServer.start(SandboxConfig.sandbox().clock(ManualClock.fixed()).build());
        client = new RawClient(server.uri());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    Map<String, String> upload() {
        return plain("import_batch_advanced", "batch", BATCH, "verification_type", "PIN",
                "verification_data", RawClient.md5(SandboxIdentity.PIN));
    }

    @Test
    void anHttpErrorStatusIsAnsweredWithoutProcessingAndOnlyForTheNextCall() {
        server.faults().next(1, Fault.httpStatus(503));
        assertThat(client.json(upload()).status()).isEqualTo(503);
        assertThat(server.bank().batches()).isEmpty();
        assertThat(client.json(upload()).code()).isZero();
        assertThat(server.count("import_batch_advanced")).isEqualTo(2);
        assertThat(server.requests().get(0).fault()).contains("http 503");
        assertThat(server.requests().get(0).processed()).isFalse();
    }

    @Test
    void aResetBeforeProcessingLeavesNoTrace() {
        server.faults().next("import_batch_advanced", 1, Fault.resetBeforeProcessing());
        assertThatThrownBy(() -> client.json(upload()))
                .isInstanceOf(CompletionException.class).hasCauseExactlyInstanceOf(HttpClosedException.class);
        assertThat(server.bank().batches()).isEmpty();
        assertThat(server.bank().account("R0000001").blocked()).isEqualByComparingTo("0");
    }

    @Test
    void aResetAfterProcessingKeepsTheBatchThoughTheClientHeardNothing() {
        server.faults().next("import_batch_advanced", 1, Fault.resetAfterProcessing());
        assertThatThrownBy(() -> client.json(upload()))
                .isInstanceOf(CompletionException.class).hasCauseExactlyInstanceOf(HttpClosedException.class);
        assertThat(server.bank().batches()).hasSize(1);
        assertThat(server.bank().account("R0000001").blocked()).isEqualByComparingTo("12.00");
        assertThat(server.requests()).singleElement().satisfies(r -> assertThat(r.processed()).isTrue());
    }

    @Test
    void theProductionClientNeverRepeatsAnUploadWhoseAnswerWasLost() throws Exception {
        server.faults().always("import_batch_advanced", Fault.resetAfterProcessing());
        try (CapitalistHttpApi api = VertxHttp.create(HttpOptions.builder().baseUrl(server.uri()).readRetries(3)
                        .retryBaseDelay(Duration.ZERO).build(),
                Credentials.of(SandboxIdentity.LOGIN, Secret.of(SandboxIdentity.PASSWORD)),
                BouncyCastleSigning.passwordCipher())) {
            Throwable failure = catchThrowable(() -> api.importBatch(new ImportBatchRequest(BatchText.of(BATCH),
                    Verification.pinHash(RawClient.md5(SandboxIdentity.PIN)), Map.of())).toCompletableFuture().join());
            assertThat(failure).isInstanceOf(CompletionException.class);
            // the port reports the broken exchange; the facade above it turns an upload's into OutcomeUnknownException
            assertThat(failure.getCause()).isExactlyInstanceOf(TransportException.class)
                    .hasRootCauseExactlyInstanceOf(HttpClosedException.class);
            TransportException broken = (TransportException) failure.getCause();
            assertThat(broken.operation()).isEqualTo("import_batch_advanced");
            assertThat(broken.mayHaveReachedServer()).isTrue();
        }
        assertThat(server.count("import_batch_advanced")).isEqualTo(1);
        assertThat(server.bank().batches()).hasSize(1);
    }

    @Test
    void aTruncatedBodyFailsTheClientAfterTheServerProcessed() {
        server.faults().next(1, Fault.truncatedBody());
        assertThatThrownBy(() -> client.json(upload()))
                .isInstanceOf(CompletionException.class).hasCauseExactlyInstanceOf(HttpClosedException.class);
        assertThat(server.bank().batches()).hasSize(1);
    }

    @Test
    void aWrongFormatHeaderNamesAnotherFormatThanTheBody() {
        server.faults().next(1, Fault.wrongFormatHeader());
        RawClient.Answer a = client.json(plain("get_accounts"));
        assertThat(a.format()).isEqualTo("csv");
        assertThat(a.code()).isZero();
    }

    @Test
    void aGarbageBodyIsNoEnvelopeAndTheProductionClientReportsIt() throws Exception {
        server.faults().always("get_accounts", Fault.garbageBody());
        assertThat(client.json(plain("get_accounts")).body()).doesNotStartWith("{");
        try (CapitalistHttpApi api = VertxHttp.create(HttpOptions.builder().baseUrl(server.uri()).readRetries(0).build(),
                Credentials.of(SandboxIdentity.LOGIN, Secret.of(SandboxIdentity.PASSWORD)),
                BouncyCastleSigning.passwordCipher())) {
            Throwable failure = catchThrowable(() -> api.getAccounts().toCompletableFuture().join());
            assertThat(failure).isInstanceOf(CompletionException.class);
            assertThat(failure.getCause()).isExactlyInstanceOf(DecodingException.class);
            assertThat(((DecodingException) failure.getCause()).operation()).isEqualTo("get_accounts");
        }
        server.faults().clear();
        assertThat(client.json(plain("get_accounts")).code()).isZero();
    }

    @Test
    void latencyDelaysButDoesNotChangeTheAnswer() {
        server.faults().next("get_accounts", 1, Fault.latency(Duration.ofMillis(50)));
        assertThat(client.json(plain("get_accounts")).code()).isZero();
        assertThat(server.requests().get(0).fault()).contains("latency 50 ms");
    }

    @Test
    void theRequestLogRedactsSecretsAndTheBatchText() {
        client.json(upload());
        Map<String, String> logged = server.requests().get(0).params();
        assertThat(logged).containsEntry("plain_password", "***").containsEntry("verification_data", "***")
                .containsEntry("batch", "[2 lines]").containsEntry("login", "sandbox");
        assertThat(server.requests().get(0).resultCode()).hasValue(0);
        assertThat(server.requests().get(0).toString()).doesNotContain(SandboxIdentity.PASSWORD);
    }
}
