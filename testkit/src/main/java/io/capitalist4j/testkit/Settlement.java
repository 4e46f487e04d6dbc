package io.capitalist4j.testkit;

import io.capitalist4j.domain.batch.RecordState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Records moving over time: NEW → READY → INPROCESS along the {@link Timeline}, then PROCESSED or DECLINED
 * as the {@link OutcomePolicy} decides, which settles their money in the {@link Ledger}.
 */
final class Settlement {

    private final SandboxConfig config;
    private final Clock clock;
    private final Ledger ledger;
    private final List<StoredRecord> moving = new ArrayList<>();

    Settlement(SandboxConfig config, Ledger ledger) {
        this.config = config;
        this.clock = config.clock();
        this.ledger = ledger;
    }

    /** Follows a record from now on; it starts moving once its {@code startAt} is set. */
    void follow(StoredRecord record) {
        moving.add(record);
    }

    /** Moves every started record to the state its age calls for; finishing a record settles its money. */
    void settle() {
        if (moving.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Timeline t = config.timeline();
        for (Iterator<StoredRecord> it = moving.iterator(); it.hasNext(); ) {
            StoredRecord r = it.next();
            if (r.startAt == null) {
                continue;
            }
            Duration age = Duration.between(r.startAt, now);
            if (age.compareTo(t.total()) >= 0) {
                finish(r);
                it.remove();
            } else if (age.compareTo(t.toReady().plus(t.toInProcess())) >= 0) {
                r.state = RecordState.INPROCESS;
            } else if (age.compareTo(t.toReady()) >= 0) {
                r.state = RecordState.READY;
            }
        }
    }

    private void finish(StoredRecord r) {
        Outcome outcome;
        try {
            outcome = config.outcomePolicy().decide(r.order);
        } catch (RuntimeException e) {
            outcome = Outcome.declined("outcome policy failed: " + e.getClass().getSimpleName());
        }
        ledger.settle(r, outcome.isProcessed());
        r.state = outcome.state();
        r.errorDetails = outcome.reason();
    }
}
