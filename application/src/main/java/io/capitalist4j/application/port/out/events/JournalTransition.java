package io.capitalist4j.application.port.out.events;

/** What the client did to payment numbers in its journal. */
public enum JournalTransition {
    /** Claimed before the upload: absent or released → in-doubt. */
    CLAIMED,
    /** The server took them: in-doubt → sent. */
    SENT,
    /** Not taken (rejected, refused, or recovery found the server never got them): in-doubt → released. */
    RELEASED,
    /** The upload's outcome is unknown: they stay in-doubt, with the reason noted, until recovery. */
    LEFT_IN_DOUBT,
    /** A claim found them held (in-doubt or sent) by an earlier claim: they were not sent. */
    REFUSED_HELD
}
