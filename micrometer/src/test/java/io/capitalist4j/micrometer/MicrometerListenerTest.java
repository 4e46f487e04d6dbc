package io.capitalist4j.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.application.port.out.events.BatchStateEvent;
import io.capitalist4j.application.port.out.events.CallEvent;
import io.capitalist4j.application.port.out.events.CallOutcome;
import io.capitalist4j.application.port.out.events.JournalEvent;
import io.capitalist4j.application.port.out.events.JournalTransition;
import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.testkit.journal.InMemoryPayoutJournal;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The meters each event makes, without a client. */
class MicrometerListenerTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerListener listener = new MicrometerListener(registry);

    @Test
    void aCallIsTimedUnderItsTagsWithNoneForAMissingCode() {
        listener.onCall(new CallEvent("v1", "get_accounts", Duration.ofMillis(40), CallOutcome.OK, Optional.empty()));
        listener.onCall(new CallEvent("v1", "get_accounts", Duration.ofMillis(60), CallOutcome.OK, Optional.empty()));
        listener.onCall(new CallEvent("v1", "get_accounts", Duration.ofMillis(5), CallOutcome.API_ERROR, Optional.of("4")));

        Timer ok = registry.get(MicrometerListener.CALLS).tags("protocol", "v1", "operation", "get_accounts",
                "outcome", "OK", "code", "none").timer();
        assertThat(ok.count()).isEqualTo(2);
        assertThat(ok.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(100);
        assertThat(registry.get(MicrometerListener.CALLS).tags("outcome", "API_ERROR", "code", "4").timer().count())
                .isEqualTo(1);
    }

    @Test
    void aStateIsCountedByProtocolAndStateReachedNeverByBatch() {
        listener.onBatchState(new BatchStateEvent("v1", "batch-a", Optional.empty(), "NEW"));
        listener.onBatchState(new BatchStateEvent("v1", "batch-b", Optional.of("INPROCESS"), "PROCESSED"));
        listener.onBatchState(new BatchStateEvent("v1", "batch-c", Optional.of("NEW"), "PROCESSED"));

        assertThat(registry.get(MicrometerListener.BATCH_STATES).tags("protocol", "v1", "to", "PROCESSED").counter()
                .count()).isEqualTo(2);
        assertThat(registry.find(MicrometerListener.BATCH_STATES).counters()).hasSize(2)
                .allSatisfy(c -> assertThat(c.getId().getTags()).extracting(t -> t.getKey())
                        .containsExactlyInAnyOrder("protocol", "to"));
    }

    @Test
    void aJournalEventAddsItsCount() {
        listener.onJournal(new JournalEvent("api2", JournalTransition.CLAIMED, 250));
        listener.onJournal(new JournalEvent("api2", JournalTransition.CLAIMED, 1));

        assertThat(registry.get(MicrometerListener.JOURNAL_TRANSITIONS).tags("protocol", "api2", "transition", "CLAIMED")
                .counter().count()).isEqualTo(251);
    }

    @Test
    void theGaugeReadsTheJournalWhenReadAndIsNanOnceItCannot() {
        InMemoryPayoutJournal journal = new InMemoryPayoutJournal();
        Gauge inDoubt = MicrometerListener.bindJournal(registry, journal, "payer");
        assertThat(inDoubt.value()).isZero();

        journal.claim("payer", List.of("a", "b", "c"), ClaimMode.ALL_OR_NOTHING);
        journal.claim("someone-else", List.of("a"), ClaimMode.ALL_OR_NOTHING);
        assertThat(inDoubt.value()).isEqualTo(3);

        journal.close();
        assertThat(inDoubt.value()).isNaN();
    }

    @Test
    void aJournalNeedsALogin() {
        InMemoryPayoutJournal journal = new InMemoryPayoutJournal();
        assertThatThrownBy(() -> MicrometerListener.bindJournal(registry, journal, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
