package io.capitalist4j.application.port.in;

import io.capitalist4j.application.port.out.journal.JournalEntry;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A submit refused before anything was uploaded: the journal holds payment numbers of the batch ({@code in-doubt}
 * or {@code sent}), so sending it would pay twice. {@link #held()} lists each number with its state.
 */
public final class PaymentNumbersHeldException extends IllegalStateException {

    private static final long serialVersionUID = 1L;
    private static final int NAMED_IN_MESSAGE = 20;

    private final transient List<JournalEntry> held;

    public PaymentNumbersHeldException(List<JournalEntry> held) {
        super(message(held));
        this.held = List.copyOf(held);
    }

    public List<JournalEntry> held() {
        return held;
    }

    private static String message(List<JournalEntry> held) {
        String named = held.stream().limit(NAMED_IN_MESSAGE)
                .map(e -> e.paymentNumber() + " (" + e.state().label() + ")")
                .collect(Collectors.joining(", "));
        return "refused: would pay twice: the journal holds " + held.size() + " payment number"
                + (held.size() == 1 ? "" : "s") + " of this batch: " + named
                + (held.size() > NAMED_IN_MESSAGE ? ", and " + (held.size() - NAMED_IN_MESSAGE) + " more" : "")
                + "; nothing was uploaded";
    }
}
