package io.capitalist4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.capitalist4j.adapter.http.AuthMode;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.port.in.WaitOptions;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.error.OutcomeUnknownException;
import io.capitalist4j.domain.error.TransportException;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.SandboxConfig;
import io.capitalist4j.testkit.SandboxIdentity;
import io.capitalist4j.testkit.Timeline;
import io.capitalist4j.testkit.scripted.Answer;
import io.capitalist4j.testkit.scripted.ReceivedRequest;
import io.capitalist4j.testkit.scripted.ScriptedServer;
import io.capitalist4j.testkit.scripted.WireFault;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * close() while calls are on the wire: each fails at once with the exception that tells the caller what it
 * may assume. The server never answers, every timeout is ten minutes and a wait pauses an hour between polls, so
 * only close() can end these calls; the waits below are safety limits, not measurements.
 */
class CloseDuringCallsTest {

    private static final long SAFETY_SECONDS = 20;

    private ScriptedServer server;
    private CapitalistClient client;

    @BeforeEach
    void start() throws Exception {
        // reads every request and never answers, so a call stays in flight for as long as the test wants
        server = ScriptedServer.start().byDefault(Answer.fault(WireFault.NO_ANSWER));
        client = Capitalist.builder()
                .endpoint(server.uri())
                .credentials(SandboxIdentity.LOGIN, Secret.of(SandboxIdentity.PASSWORD))
                .pin(Secret.of(SandboxIdentity.PIN))
                .http(o -> o.authMode(AuthMode.PLAIN).requestTimeout(Duration.ofMinutes(10))
                        .idleTimeout(Duration.ofMinutes(10)))
                .build();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.close();
    }

    /** Waits until the first request has fully arrived and checks it is the only one, of {@code operation}. */
    private void awaitOnlyRequest(String operation) throws InterruptedException {
        assertThat(server.awaitRequests(1, Duration.ofSeconds(SAFETY_SECONDS))).as("a request arrived").isTrue();
        assertThat(server.requests()).extracting(ReceivedRequest::operation).containsExactly(operation);
    }

    private static Throwable failureOf(CompletionStage<?> stage) {
        Throwable thrown = catchThrowable(() -> stage.toCompletableFuture().get(SAFETY_SECONDS, TimeUnit.SECONDS));
        assertThat(thrown).as("the call should have failed, not timed out").isInstanceOf(ExecutionException.class);
        return thrown.getCause();
    }

    @Test
    void aReadInFlightFailsWithATransportExceptionSayingTheClientWasClosed() throws Exception {
        CompletionStage<?> accounts = client.accounts();
        awaitOnlyRequest("get_accounts");

        client.close();

        Throwable failure = failureOf(accounts);
        assertThat(failure).isExactlyInstanceOf(TransportException.class)
                .hasMessage("get_accounts: the client was closed while the call was in flight; "
                        + "the request may have reached the server");
        assertThat(((TransportException) failure).operation()).isEqualTo("get_accounts");
    }

    @Test
    void anUploadInFlightFailsAsAnUnknownOutcomeCarryingItsPaymentNumbers() throws Exception {
        CompletionStage<?> upload = client.submit(Sandbox.twoPayouts("FLIGHT"));
        awaitOnlyRequest("import_batch_advanced");

        client.close();

        Throwable failure = failureOf(upload);
        assertThat(failure).isExactlyInstanceOf(OutcomeUnknownException.class);
        assertThat(((OutcomeUnknownException) failure).paymentNumbers()).containsExactly("FLIGHT-1", "FLIGHT-2");
        assertThat(failure.getCause()).isExactlyInstanceOf(TransportException.class)
                .hasMessage("import_batch_advanced: the client was closed while the call was in flight; "
                        + "the request may have reached the server");
        assertThat(((TransportException) failure.getCause()).mayHaveReachedServer()).isTrue();
    }

    @Test
    void aWaitPausedForAnHourBetweenPollsFailsAtCloseSayingTheClientIsClosed() throws Exception {
        try (FakeCapitalistServer sandbox = FakeCapitalistServer.start(
                SandboxConfig.sandbox().timeline(Timeline.steps(Duration.ofHours(1))).build());
             CapitalistClient waiting = Sandbox.client(sandbox.uri()).pin(Secret.of(SandboxIdentity.PIN)).build()) {
            var submitted = waiting.blocking().submit(Sandbox.twoPayouts("WAIT"));
            CountDownLatch polled = new CountDownLatch(1);
            CompletionStage<?> wait = waiting.awaitCompletion(submitted.id(),
                    WaitOptions.of(Duration.ofHours(1), Duration.ofHours(2)).withProgress(p -> polled.countDown()));
            assertThat(polled.await(SAFETY_SECONDS, TimeUnit.SECONDS)).as("a first poll").isTrue();

            waiting.close();

            assertThat(failureOf(wait)).isExactlyInstanceOf(IllegalStateException.class)
                    .hasMessage("the Capitalist client is closed: nothing more is done or sent");
        }
    }

    @Test
    void aReadStartedAfterCloseFailsAtOnceAndSendsNothing() {
        client.close();

        CompletableFuture<?> accounts = client.accounts().toCompletableFuture();

        assertThat(accounts.isCompletedExceptionally()).isTrue();
        Throwable failure = failureOf(accounts);
        assertThat(failure).isExactlyInstanceOf(TransportException.class)
                .hasMessage("get_accounts: the client is closed; the request was not sent");
        assertThat(((TransportException) failure).mayHaveReachedServer()).isFalse();
        assertThat(server.connectionsOpened()).as("connections opened").isZero();
        assertThat(server.total()).as("requests read").isZero();
    }

    @Test
    void anUploadStartedAfterCloseFailsAtOnceAndSendsNothing() {
        client.close();

        CompletableFuture<?> upload = client.submit(Sandbox.twoPayouts("LATE")).toCompletableFuture();

        assertThat(upload.isCompletedExceptionally()).isTrue();
        assertThat(failureOf(upload)).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("the Capitalist client is closed: nothing more is done or sent");
        assertThat(server.connectionsOpened()).as("connections opened").isZero();
        assertThat(server.total()).as("requests read").isZero();
    }
}
