package io.capitalist4j.adapter.cli;

import io.capitalist4j.application.port.in.BatchProgress;
import io.capitalist4j.application.port.in.WaitOptions;
import io.capitalist4j.domain.batch.BatchId;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --wait} and its pacing, shared by {@code batch submit} and {@code batch status}. */
final class WaitMixin {
    static final Duration INTERVAL = Duration.ofSeconds(5);
    /** The sandbox moves records on in a fraction of a second; polling it slowly would only add waiting. */
    static final Duration SANDBOX_INTERVAL = Duration.ofMillis(200);

    @Option(names = "--wait", description = "Follow every record to its final state (PROCESSED, DECLINED or SKIPPED).")
    boolean wait;

    @Option(names = "--interval", paramLabel = "DURATION",
            description = "Pause between polls with --wait, e.g. 2s (default: 5s; 200ms with --sandbox).")
    Duration interval;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30m",
            description = "Give up waiting after this long on the wall clock, also in the middle of a request, e.g. 10m "
                    + "(default: ${DEFAULT-VALUE}); the batch goes on.")
    Duration timeout;

    WaitOptions options(RootCommand root) {
        Duration pause = interval != null ? interval : root.sandbox ? SANDBOX_INTERVAL : INTERVAL;
        return WaitOptions.of(pause, timeout).withProgress(new ProgressLine(root.terminal().err()));
    }

    /**
     * Polls until every record is final, keeping counts only; the caller then prints the records page by page
     * with {@link BatchRecords.Listing}. Fails at the deadline with the wait's timeout (exit 5).
     */
    BatchProgress awaitFinal(RootCommand root, BatchId id) {
        return Report.walkFor(() -> root.session().client().blocking().awaitFinal(id, options(root)));
    }
}
