package io.capitalist4j.application.port.in;

import java.util.List;

/** A wait for API2 payments reached its deadline with some payments not final yet; they go on. */
public final class PaymentsNotFinalException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> pending;

    public PaymentsNotFinalException(List<String> pending, int of) {
        super(pending.size() + " of " + of + " payments were not final at the deadline; they go on");
        this.pending = List.copyOf(pending);
    }

    /** The payment numbers not final at the deadline. */
    public List<String> pending() {
        return pending;
    }
}
