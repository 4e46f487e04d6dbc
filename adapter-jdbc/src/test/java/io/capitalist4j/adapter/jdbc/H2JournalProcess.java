package io.capitalist4j.adapter.jdbc;

import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A second process for {@link H2FileProcessesTest}: {@code claim-and-halt DIR NUMBER...} or {@code hold DIR}. */
public final class H2JournalProcess {

    private H2JournalProcess() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        PayoutJournalPort journal = JdbcPayoutJournal.h2File(dir);
        journal.check();
        if (args[0].equals("claim-and-halt")) {
            String claimId = journal.claim("login", List.of(args).subList(2, args.length), ClaimMode.ALL_OR_NOTHING)
                    .claimId();
            System.out.println("claimed " + claimId);
            System.out.flush();
            // as a crash would: no close, no shutdown hooks, nothing flushed by us
            Runtime.getRuntime().halt(0);
        }
        System.out.println("open");
        System.out.flush();
        while (System.in.read() >= 0) {
            // hold the file until the parent closes our standard input
        }
        journal.close();
    }
}
