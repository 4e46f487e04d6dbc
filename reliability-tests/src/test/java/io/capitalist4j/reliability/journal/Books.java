package io.capitalist4j.reliability.journal;

import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.testkit.FakeCapitalistServer;
import java.util.HashMap;
import java.util.Map;

/** What the server's books say: how many times each payment number was accepted (a line not skipped), over every batch. */
final class Books {

    private Books() {
    }

    static Map<String, Integer> acceptedTimes(FakeCapitalistServer server) {
        Map<String, Integer> times = new HashMap<>();
        for (BatchId id : server.bank().batches()) {
            for (BatchRecord record : server.bank().records(id)) {
                if (!record.isSkipped()) {
                    times.merge(record.internalNumber(), 1, Integer::sum);
                }
            }
        }
        return times;
    }
}
