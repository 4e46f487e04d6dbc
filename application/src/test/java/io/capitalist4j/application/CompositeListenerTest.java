package io.capitalist4j.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.application.port.out.events.BatchStateEvent;
import io.capitalist4j.application.port.out.events.CallEvent;
import io.capitalist4j.application.port.out.events.CallOutcome;
import io.capitalist4j.application.port.out.events.CapitalistListener;
import io.capitalist4j.application.port.out.events.JournalEvent;
import io.capitalist4j.application.port.out.events.JournalTransition;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompositeListenerTest {

    private static final CallEvent CALL = new CallEvent("v1", "get_accounts", Duration.ofMillis(3), CallOutcome.OK,
            Optional.empty());

    private static final CapitalistListener THROWS = new CapitalistListener() {
        @Override
        public void onCall(CallEvent e) {
            throw new IllegalStateException("down");
        }

        @Override
        public void onBatchState(BatchStateEvent e) {
            throw new AssertionError("down");
        }

        @Override
        public void onJournal(JournalEvent e) {
            throw new IllegalStateException("down");
        }
    };

    @Test
    void everyListenerIsToldInOrderAndOneThatThrowsHidesNothingFromTheOthers() {
        RecordingListener first = new RecordingListener();
        RecordingListener last = new RecordingListener();
        CapitalistListener all = CapitalistListener.composite(List.of(first, THROWS, last));

        all.onCall(CALL);
        all.onCall(CALL);
        all.onBatchState(new BatchStateEvent("v1", "b-1", Optional.empty(), "NEW"));
        all.onJournal(new JournalEvent("v1", JournalTransition.CLAIMED, 2));

        for (RecordingListener each : List.of(first, last)) {
            assertThat(each.calls).containsExactly(CALL, CALL);
            assertThat(each.stateSummary()).containsExactly("->NEW");
            assertThat(each.journal).containsExactly(new JournalEvent("v1", JournalTransition.CLAIMED, 2));
        }
    }

    @Test
    void noListenersIsNoneAndNoneIsLeftOut() {
        assertThat(CapitalistListener.composite(List.of())).isSameAs(CapitalistListener.NONE);
        assertThat(CapitalistListener.composite(List.of(CapitalistListener.NONE, CapitalistListener.NONE)))
                .isSameAs(CapitalistListener.NONE);
        RecordingListener one = new RecordingListener();
        CapitalistListener.composite(List.of(CapitalistListener.NONE, one)).onCall(CALL);
        assertThat(one.calls).containsExactly(CALL);
    }

    @Test
    void noneListensToNothing() {
        CapitalistListener.NONE.onCall(CALL);
        CapitalistListener.NONE.onBatchState(new BatchStateEvent("api2", "1001", Optional.of("PENDING"), "EXECUTED"));
        CapitalistListener.NONE.onJournal(new JournalEvent("api2", JournalTransition.SENT, 1));
        assertThat(CapitalistListener.NONE).hasToString("CapitalistListener.NONE");
    }

    @Test
    void aCodeGoesWithAnApiErrorAndOnlyWithIt() {
        assertThatThrownBy(() -> new CallEvent("v1", "get_accounts", Duration.ZERO, CallOutcome.API_ERROR, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallEvent("v1", "get_accounts", Duration.ZERO, CallOutcome.TRANSPORT, Optional.of("1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallEvent("v1", "get_accounts", Duration.ofNanos(-1), CallOutcome.OK, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JournalEvent("v1", JournalTransition.SENT, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
