package io.capitalist4j.application.port.out.journal;

/** How a claim treats numbers another claim already holds. */
public enum ClaimMode {
    /** Claim every number or none: one held number leaves the whole batch unclaimed. */
    ALL_OR_NOTHING,
    /** Claim every number nobody holds; report the others. */
    SKIP_HELD
}
