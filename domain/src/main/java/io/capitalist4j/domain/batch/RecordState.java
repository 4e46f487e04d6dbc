package io.capitalist4j.domain.batch;

import java.util.Optional;

/**
 * The state of a batch record or document. NEW and READY await processing. UNKNOWN stands for a state this
 * client does not know (a newer server's, e.g. {@code HOLD_NEW}): the record keeps the name as it came
 * ({@link BatchRecord#rawState()}) and is never taken for final.
 */
public enum RecordState {
    NEW, READY, INPROCESS, DECLINED, PROCESSED, UNKNOWN;

    // One Optional per state, made once: every record of every page is looked up here.
    private static final Optional<RecordState> FOUND_NEW = Optional.of(NEW);
    private static final Optional<RecordState> FOUND_READY = Optional.of(READY);
    private static final Optional<RecordState> FOUND_INPROCESS = Optional.of(INPROCESS);
    private static final Optional<RecordState> FOUND_DECLINED = Optional.of(DECLINED);
    private static final Optional<RecordState> FOUND_PROCESSED = Optional.of(PROCESSED);

    /** PROCESSED and DECLINED never change again. */
    public boolean isFinal() {
        return this == PROCESSED || this == DECLINED;
    }

    /** The state the wire name names exactly (case counts), if it is one of the five the protocol documents. */
    public static Optional<RecordState> find(String wire) {
        if (wire == null) {
            return Optional.empty();
        }
        switch (wire) {
            case "NEW": return FOUND_NEW;
            case "READY": return FOUND_READY;
            case "INPROCESS": return FOUND_INPROCESS;
            case "DECLINED": return FOUND_DECLINED;
            case "PROCESSED": return FOUND_PROCESSED;
            default: return Optional.empty();
        }
    }

    /** The documented state the wire name names, else {@link #UNKNOWN}: a new state never fails a page. */
    public static RecordState of(String wire) {
        return find(wire).orElse(UNKNOWN);
    }
}
