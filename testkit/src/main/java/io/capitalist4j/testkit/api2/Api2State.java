package io.capitalist4j.testkit.api2;

/** The payment states of reference §7: PENDING, then EXECUTED or DECLINED, both final. */
public enum Api2State {
    PENDING,
    EXECUTED,
    DECLINED;

    public boolean isFinal() {
        return this != PENDING;
    }
}
