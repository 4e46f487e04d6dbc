package io.capitalist4j.application.port.in;

import io.capitalist4j.application.port.out.journal.JournalEntry;
import java.time.Duration;
import java.util.List;

/**
 * What {@code recover} did with the in-doubt numbers: settled as {@code sent} (the server holds them), settled as
 * {@code released} (it never got them, or rejected them at upload), or left in doubt with the reason.
 * Entries are as the journal holds them after recovery.
 */
public record RecoveryReport(List<JournalEntry> sent, List<JournalEntry> released, List<Unsettled> stillInDoubt) {

    /** A number recovery could not settle, and why. */
    public record Unsettled(JournalEntry entry, String reason) {

        /**
         * A number claimed within the quiet period with no outcome noted: its upload or payout ({@code what}) may
         * still be on its way, so recovery leaves it alone this time.
         */
        public static Unsettled claimedTooRecently(JournalEntry entry, Duration quietPeriod, String what) {
            return new Unsettled(entry, "claimed less than " + HumanDuration.of(quietPeriod) + " ago and no outcome noted: "
                    + what + " may still be on its way; run recover again later");
        }
    }

    public RecoveryReport {
        sent = List.copyOf(sent);
        released = List.copyOf(released);
        stillInDoubt = List.copyOf(stillInDoubt);
    }

    /** Whether no number is left in doubt. */
    public boolean settled() {
        return stillInDoubt.isEmpty();
    }
}
