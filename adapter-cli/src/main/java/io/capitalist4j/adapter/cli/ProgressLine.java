package io.capitalist4j.adapter.cli;

import io.capitalist4j.application.port.in.BatchProgress;
import io.capitalist4j.domain.batch.RecordState;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Progress of a wait, on stderr: one line each time the counts change, so short poll intervals do not flood
 * the terminal and stdout keeps only the data. The last poll is kept: where the batch stands when the wait stops.
 */
final class ProgressLine implements Consumer<BatchProgress> {
    private final PrintWriter err;
    private BatchProgress last;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void accept(BatchProgress progress) {
        boolean changed = last == null || !Objects.equals(last.counts(), progress.counts());
        last = progress;
        if (changed) {
            err.println(describe(progress));
            err.flush();
        }
    }

    /** The last poll that answered, if any. */
    synchronized Optional<BatchProgress> last() {
        return Optional.ofNullable(last);
    }

    /** "batch B: 3/9 final (NEW 2, INPROCESS 4, PROCESSED 3)". */
    static String describe(BatchProgress progress) {
        return "batch " + progress.id() + ": " + progress.finalCount() + '/' + progress.total() + " final" + counts(progress);
    }

    /** " (NEW 2, PROCESSED 3)": the states present, in state order; empty when none is. */
    static String counts(BatchProgress progress) {
        StringBuilder line = new StringBuilder();
        String separator = " (";
        for (Map.Entry<RecordState, Integer> e : progress.counts().entrySet()) {
            if (e.getValue() > 0) {
                line.append(separator).append(e.getKey()).append(' ').append(e.getValue());
                separator = ", ";
            }
        }
        return line.append(separator.equals(", ") ? ")" : "").toString();
    }
}
