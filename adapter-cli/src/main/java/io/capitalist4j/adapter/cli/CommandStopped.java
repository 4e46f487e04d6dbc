package io.capitalist4j.adapter.cli;

import java.util.List;

/**
 * A command that stopped before its end with its own explanation: a wait interrupted by Ctrl-C (exit 130) or past its
 * deadline (exit 5), an upload interrupted before it was answered (130). The lines say where things stand and the
 * command that goes on from there; they name no secret.
 */
final class CommandStopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final transient List<String> lines;

    CommandStopped(int exitCode, List<String> lines) {
        super(lines.isEmpty() ? "stopped" : lines.get(0));
        this.exitCode = exitCode;
        this.lines = List.copyOf(lines);
    }

    int exitCode() {
        return exitCode;
    }

    /** What stderr shows, the first line starting with "error: " or "interrupted: ". */
    List<String> lines() {
        return lines;
    }
}
