package io.capitalist4j.application.port.out.journal;

import java.util.Locale;

/** Where one payment number stands in a {@link PayoutJournalPort}. */
public enum JournalState {
    /** Claimed before the first byte of an upload; whether the server took it is not known yet. Held. */
    IN_DOUBT,
    /** The server accepted it: the batch id is known. Held for good. */
    SENT,
    /** It was not accepted (rejected, refused, or recovery found the server never got it); it may be sent again. */
    RELEASED;

    /** The name on the wire and in the database: {@code in-doubt}, {@code sent}, {@code released}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether a number in this state blocks another upload of it. */
    public boolean holds() {
        return this != RELEASED;
    }

    /** @throws IllegalArgumentException for anything but {@code in-doubt}, {@code sent} or {@code released} */
    public static JournalState fromLabel(String label) {
        for (JournalState s : values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown journal state '" + label + "' (in-doubt, sent or released)");
    }
}
