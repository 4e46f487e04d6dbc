package io.capitalist4j.adapter.jdbc;

import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.testkit.journal.PayoutJournalContract;
import java.time.Clock;
import java.util.UUID;

/** The journal's contract on an H2 in-memory database, as the CLI's --sandbox uses it. */
class H2MemoryJournalContractTest extends PayoutJournalContract {

    @Override
    protected PayoutJournalPort newJournal(Clock clock) {
        return JdbcPayoutJournal.open("jdbc:h2:mem:journal-" + UUID.randomUUID(), "sa", Secret.of(""), clock);
    }
}
