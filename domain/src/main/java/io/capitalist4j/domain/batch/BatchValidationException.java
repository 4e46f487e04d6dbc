package io.capitalist4j.domain.batch;

import java.util.List;
import java.util.stream.Collectors;

/** A batch cannot be sent as it is; {@link #problems()} has every bad line, not only the first. */
public class BatchValidationException extends IllegalArgumentException {

    private final transient List<LineProblem> problems;

    public BatchValidationException(List<LineProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<LineProblem> problems() {
        return problems;
    }

    private static String describe(List<LineProblem> problems) {
        int shown = Math.min(problems.size(), 20);
        String head = problems.size() == 1 ? "batch has 1 bad line: " : "batch has " + problems.size() + " problems: ";
        String listed = problems.subList(0, shown).stream().map(LineProblem::toString).collect(Collectors.joining("; "));
        return head + listed + (problems.size() > shown ? "; …" : "");
    }
}
