package io.capitalist4j.adapter.jdbc;

import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.testkit.journal.PayoutJournalContract;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;

/** The journal's contract on an embedded H2 file. */
class H2FileJournalContractTest extends PayoutJournalContract {

    @TempDir
    Path home;

    @Override
    protected PayoutJournalPort newJournal(Clock clock) {
        return JdbcPayoutJournal.h2File(home.resolve("journal"), clock);
    }
}
