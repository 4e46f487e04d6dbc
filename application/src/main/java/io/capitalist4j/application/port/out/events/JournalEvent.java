package io.capitalist4j.application.port.out.events;

import java.util.Objects;

/**
 * The client moved {@code count} payment numbers in its journal in one call (never zero). No login, no payment
 * number.
 *
 * @param protocol {@code v1} or {@code api2}
 */
public record JournalEvent(String protocol, JournalTransition transition, int count) {

    public JournalEvent {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(transition, "transition");
        if (count < 1) {
            throw new IllegalArgumentException("a journal event counts at least one number: " + count);
        }
    }
}
