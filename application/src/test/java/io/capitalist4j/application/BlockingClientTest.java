package io.capitalist4j.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.application.port.in.SubmittedBatch;
import io.capitalist4j.application.port.in.WaitOptions;
import io.capitalist4j.application.port.in.WaitTimeoutException;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.RecordState;
import io.capitalist4j.domain.batch.Verification;
import io.capitalist4j.domain.error.ApiError;
import io.capitalist4j.domain.error.InsufficientFundsException;
import io.capitalist4j.domain.error.OutcomeUnknownException;
import io.capitalist4j.domain.error.RequestTimeoutException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class BlockingClientTest extends ClientTestBase {

    private final Fixtures.RecordingVerification pin = new Fixtures.RecordingVerification(Verification.pinHash("81dc9bdb52d04dc20036dbd8313ed055"));

    @Test
    void returnsTheAnswerDirectly() {
        api.onImport = r -> CompletableFuture.completedFuture(new BatchReceipt(Fixtures.BATCH_ID, Map.of(), Map.of(), Map.of(), List.of()));

        SubmittedBatch submitted = client().blocking().submit(SubmitBatchCommand.of(Fixtures.batchOf(2), pin));

        assertThat(submitted.acceptedPaymentNumbers()).containsExactly("P-1", "P-2");
    }

    @Test
    void throwsTheUnknownOutcomeItselfNotAWrapper() {
        api.onImport = r -> CompletableFuture.failedFuture(new RequestTimeoutException("import_batch_advanced", "timed out", null));

        Throwable thrown = catchThrowable(() -> client().blocking().submit(SubmitBatchCommand.of(Fixtures.batchOf(2), pin)));

        assertThat(thrown).isInstanceOf(OutcomeUnknownException.class);
        assertThat(((OutcomeUnknownException) thrown).paymentNumbers()).containsExactly("P-1", "P-2");
    }

    @Test
    void throwsAnApiRefusalItself() {
        InsufficientFundsException broke = new InsufficientFundsException("get_accounts", new ApiError(135, "Insufficient funds"));
        api.onAccounts = () -> CompletableFuture.failedFuture(broke);

        assertThat(catchThrowable(() -> client().blocking().accounts())).isSameAs(broke);
    }

    @Test
    void throwsAWaitTimeoutItself() {
        SteppingClock clock = new SteppingClock();
        api.onBatchInfo = (id, request) -> {
            clock.advance(Duration.ofMinutes(1));
            return CompletableFuture.completedFuture(FakeApi.slice(id, request, Fixtures.records(2, RecordState.NEW)));
        };

        Throwable thrown = catchThrowable(() -> builder().clock(clock).build().blocking()
                .awaitCompletion(Fixtures.BATCH_ID, WaitOptions.of(Duration.ZERO, Duration.ofMinutes(2))));

        assertThat(thrown).isInstanceOf(WaitTimeoutException.class);
    }

    @Test
    void wrapsACheckedFailureInACompletionException() {
        IOException io = new IOException("socket closed");
        api.onAccounts = () -> CompletableFuture.failedFuture(io);

        Throwable thrown = catchThrowable(() -> client().blocking().accounts());

        assertThat(thrown).isInstanceOf(CompletionException.class).hasCause(io);
    }

    @Test
    void keepsTheInterruptFlagAndThrowsCancellationWhenInterrupted() {
        api.onAccounts = CompletableFuture::new; // never answers
        BlockingCapitalistClient blocking = client().blocking();

        Thread.currentThread().interrupt();
        Throwable thrown;
        try {
            thrown = catchThrowable(blocking::accounts);
        } finally {
            assertThat(Thread.interrupted()).as("interrupt flag kept").isTrue();
        }

        assertThat(thrown).isInstanceOf(CancellationException.class).hasCauseInstanceOf(InterruptedException.class);
    }

    @Test
    void readsAllRecordsAndReconcilesSynchronously() {
        api.onBatchInfo = FakeApi.serving(Fixtures.records(3, RecordState.PROCESSED));
        AccountsOverview none = new AccountsOverview(Map.of(), List.of());
        api.onAccounts = () -> CompletableFuture.completedFuture(none);
        BlockingCapitalistClient blocking = client().blocking();

        assertThat(blocking.allRecords(Fixtures.BATCH_ID)).hasSize(3);
        assertThat(blocking.accounts()).isSameAs(none);
    }
}
