package io.capitalist4j.adapter.cli;

import io.capitalist4j.application.port.in.BatchProgress;
import io.capitalist4j.domain.batch.RecordState;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Progress of a wait, on stderr: one line each time the counts change, so short poll intervals do not flood
 * the terminal and stdout keeps only the data.
 */
final class ProgressLine implements Consumer<BatchProgress> {
    private final PrintWriter err;
    private Map<RecordState, Integer> last;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void accept(BatchProgress progress) {
        if (Objects.equals(last, progress.counts())) {
            return;
        }
        last = progress.counts();
        StringBuilder line = new StringBuilder("batch ").append(progress.id()).append(": ")
                .append(progress.finalCount()).append('/').append(progress.total()).append(" final");
        String separator = " (";
        for (Map.Entry<RecordState, Integer> e : progress.counts().entrySet()) {
            if (e.getValue() > 0) {
                line.append(separator).append(e.getKey()).append(' ').append(e.getValue());
                separator = ", ";
            }
        }
        line.append(separator.equals(", ") ? ")" : "");
        err.println(line);
        err.flush();
    }
}
