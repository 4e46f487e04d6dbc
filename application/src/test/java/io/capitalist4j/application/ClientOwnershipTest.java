package io.capitalist4j.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.capitalist4j.application.port.in.SubmittedBatch;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.Verification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Whoever builds a resource closes it: what the client owns, in which order, and what it leaves open. */
class ClientOwnershipTest extends ClientTestBase {

    private final List<String> closed = Collections.synchronizedList(new ArrayList<>());

    private AutoCloseable resource(String name) {
        return () -> closed.add(name);
    }

    @Test
    void closesTheResourcesItOwnsLastHandedFirstClosedAndEachOnlyOnce() {
        CapitalistClient client = builder().owning(resource("vertx")).owning(resource("api")).build();

        client.close();
        client.close();

        assertThat(closed).containsExactly("api", "vertx");
    }

    @Test
    void leavesTheApiAndTheExecutorsItWasGivenOpen() throws Exception {
        CapitalistClient client = client();

        client.close();

        assertThat(closed).isEmpty();
        assertThat(workers.isShutdown()).isFalse();
        assertThat(scheduler.isShutdown()).isFalse();
        assertThat(workers.submit(() -> 7).get(20, TimeUnit.SECONDS)).isEqualTo(7);
    }

    @Test
    void closesEveryOwnedResourceEvenWhenOneFailsAndThenReportsTheFailure() {
        IOException broken = new IOException("socket already gone");
        CapitalistClient client = builder().owning(resource("first")).owning(() -> {
            throw broken;
        }).owning(resource("last")).build();

        Throwable thrown = catchThrowable(client::close);

        assertThat(closed).containsExactly("last", "first");
        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasCause(broken);
    }

    @Test
    void refusesWorkAfterCloseOnItsOwnThreadsWithAMessageThatSaysSo() {
        CapitalistClient client = CapitalistClient.builder().api(api).batchFormat(format)
                .verification(new Fixtures.RecordingVerification(Verification.pinHash("81dc9bdb52d04dc20036dbd8313ed055")))
                .build();

        client.close();
        Throwable refused = failure(client.submit(Fixtures.batchOf(2)));

        assertThat(refused).isInstanceOf(IllegalStateException.class)
                .hasMessage("the Capitalist client is closed: nothing more is done or sent");
        assertThat(api.imports).isEmpty();
    }

    @Test
    void submitsABatchWithTheVerificationItWasBuiltWith() {
        Fixtures.RecordingVerification pin =
                new Fixtures.RecordingVerification(Verification.pinHash("81dc9bdb52d04dc20036dbd8313ed055"));
        api.onImport = r -> CompletableFuture.completedFuture(new BatchReceipt(Fixtures.BATCH_ID, Map.of(), Map.of(), Map.of(), List.of()));

        SubmittedBatch submitted = builder().verification(pin).build().blocking().submit(Fixtures.batchOf(2));

        assertThat(submitted.acceptedPaymentNumbers()).containsExactly("P-1", "P-2");
        assertThat(api.imports).hasSize(1);
        assertThat(api.imports.get(0).verification()).isEqualTo(pin.answer);
    }

    @Test
    void refusesToSubmitABareBatchWithoutAVerification() {
        assertThatThrownBy(() -> client().submit(Fixtures.batchOf(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("verification(...)");
        assertThat(api.imports).isEmpty();
    }
}
