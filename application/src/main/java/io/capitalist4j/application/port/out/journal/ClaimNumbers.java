package io.capitalist4j.application.port.out.journal;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The rule every {@link PayoutJournalPort#claim} applies to its numbers, in one place for every journal. */
public final class ClaimNumbers {

    private ClaimNumbers() {
    }

    /** @throws IllegalArgumentException for a blank or repeated number, naming its place in the claim */
    public static void requireDistinctNonBlank(List<String> paymentNumbers) {
        Objects.requireNonNull(paymentNumbers, "paymentNumbers");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < paymentNumbers.size(); i++) {
            String number = paymentNumbers.get(i);
            if (number == null || number.isBlank()) {
                throw new IllegalArgumentException("payment number " + (i + 1) + " of the claim is blank");
            }
            if (!seen.add(number)) {
                throw new IllegalArgumentException("payment number '" + number + "' is repeated in the claim");
            }
        }
    }
}
