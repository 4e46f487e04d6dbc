package io.capitalist4j.domain.batch;

import java.util.Arrays;
import java.util.Optional;

/** The state of a batch record or document. NEW and READY await processing. */
public enum RecordState {
    NEW, READY, INPROCESS, DECLINED, PROCESSED;

    /** PROCESSED and DECLINED never change again. */
    public boolean isFinal() {
        return this == PROCESSED || this == DECLINED;
    }

    public static Optional<RecordState> find(String wire) {
        return Arrays.stream(values()).filter(s -> s.name().equals(wire)).findFirst();
    }
}
