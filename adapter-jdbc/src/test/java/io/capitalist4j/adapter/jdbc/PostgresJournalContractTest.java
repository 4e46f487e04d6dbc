package io.capitalist4j.adapter.jdbc;

import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.testkit.journal.PayoutJournalContract;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;

/**
 * The journal's contract on a real PostgreSQL. Its race runs half the threads through a second pool over the same
 * database, as a second process would.
 */
class PostgresJournalContractTest extends PayoutJournalContract {

    private static String url;

    @BeforeAll
    static void createTheDatabase() {
        url = EmbeddedPostgresServer.newDatabase();
    }

    @Override
    protected PayoutJournalPort newJournal(Clock clock) {
        return EmbeddedPostgresServer.open(url, clock);
    }

    @Override
    protected PayoutJournalPort sameStoreAgain(PayoutJournalPort first, Clock clock) {
        return EmbeddedPostgresServer.open(url, clock);
    }
}
