package io.capitalist4j.testkit.journal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.JournalUnavailableException;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryPayoutJournalTest extends PayoutJournalContract {

    @Override
    protected PayoutJournalPort newJournal(Clock clock) {
        return new InMemoryPayoutJournal(clock);
    }

    @Test
    void aClosedJournalRefusesToClaim() {
        InMemoryPayoutJournal closed = new InMemoryPayoutJournal();
        closed.close();

        assertThatThrownBy(() -> closed.claim("login", List.of("a"), ClaimMode.SKIP_HELD))
                .isInstanceOf(JournalUnavailableException.class);
    }
}
