package io.capitalist4j.adapter.cli;

import io.capitalist4j.application.port.in.BatchProgress;
import io.capitalist4j.application.port.in.HumanDuration;
import io.capitalist4j.application.port.in.WaitOptions;
import io.capitalist4j.application.port.in.WaitTimeoutException;
import io.capitalist4j.domain.batch.BatchId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --wait} and its pacing, shared by {@code batch submit} and {@code batch status}. */
final class WaitMixin {
    static final Duration INTERVAL = Duration.ofSeconds(5);
    /** The sandbox moves records on in a fraction of a second; polling it slowly would only add waiting. */
    static final Duration SANDBOX_INTERVAL = Duration.ofMillis(200);

    @Option(names = "--wait", description = "Follow every record to its final state (PROCESSED, DECLINED or SKIPPED); "
            + "Ctrl-C stops following (exit 130) and prints the command that goes on.")
    boolean wait;

    @Option(names = "--interval", paramLabel = "DURATION",
            description = "Pause between polls with --wait, e.g. 2s (default: 5s; 200ms with --sandbox).")
    Duration interval;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30m",
            description = "Give up waiting after this long on the wall clock, also in the middle of a request, e.g. 10m "
                    + "(default: ${DEFAULT-VALUE}); the batch goes on.")
    Duration timeout;

    Duration interval(RootCommand root) {
        return interval != null ? interval : root.sandbox ? SANDBOX_INTERVAL : INTERVAL;
    }

    /**
     * Polls until every record is final, keeping counts only; the caller then prints the records page by page
     * with {@link BatchRecords.Listing}. At the deadline it ends with exit 5, on Ctrl-C with exit 130, each time
     * saying where the batch stands and the command that keeps following it.
     */
    BatchProgress awaitFinal(RootCommand root, BatchId id) {
        ProgressLine progress = new ProgressLine(root.terminal().err());
        WaitOptions options = WaitOptions.of(interval(root), timeout).withProgress(progress);
        try {
            return root.terminal().interruption().during(() ->
                    Report.walkFor(() -> root.session().client().blocking().awaitFinal(id, options)));
        } catch (Interruption.Interrupted e) {
            List<String> lines = new ArrayList<>();
            lines.add("interrupted: " + progress.last().map(ProgressLine::describe)
                    .orElse("batch " + id + ": no poll answered yet"));
            lines.addAll(keepFollowing(root, id));
            throw new CommandStopped(ExitCode.INTERRUPTED, lines);
        } catch (WaitTimeoutException e) {
            List<String> lines = new ArrayList<>();
            lines.add("error: " + timedOut(e));
            lines.addAll(keepFollowing(root, id));
            throw new CommandStopped(ExitCode.STILL_RUNNING, lines);
        }
    }

    /** "the batch goes on; keep following it with:" and the command, with the options that reach the same server. */
    static List<String> keepFollowing(RootCommand root, BatchId id) {
        List<String> lines = new ArrayList<>();
        lines.add("the batch goes on; keep following it with:");
        lines.add("  capitalist" + root.connectionOptionsShown().replace(" --sandbox", "") + " batch status " + id + " --wait");
        if (root.sandbox) {
            lines.add("(the embedded sandbox stops with this command: run 'capitalist sandbox' and point --url at it to"
                    + " follow a batch across commands)");
        }
        return lines;
    }

    /** The wait's deadline in words: "batch B was not final within 30 min: 3 of 9 records final after 12 polls". */
    static String timedOut(WaitTimeoutException e) {
        Optional<BatchProgress> last = e.lastProgress();
        return "batch " + e.batchId() + " was not final within " + HumanDuration.of(e.deadline()) + ": "
                + last.map(p -> p.finalCount() + " of " + p.total() + " records final after " + p.polls()
                        + (p.polls() == 1 ? " poll" : " polls") + ProgressLine.counts(p)).orElse("no poll succeeded");
    }
}
