package io.capitalist4j.application.port.out.journal;

import java.util.List;
import java.util.Objects;

/**
 * What one {@link PayoutJournalPort#claim} did: the numbers it moved to {@code in-doubt} under {@code claimId}, and
 * the numbers it left alone because another claim holds them ({@code in-doubt} or {@code sent}).
 * Under {@link ClaimMode#ALL_OR_NOTHING}, {@code claimed} is empty whenever {@code held} is not.
 */
public record JournalClaim(String claimId, List<String> claimed, List<JournalEntry> held) {

    public JournalClaim {
        Objects.requireNonNull(claimId, "claimId");
        claimed = List.copyOf(claimed);
        held = List.copyOf(held);
    }

    public boolean complete() {
        return held.isEmpty();
    }
}
