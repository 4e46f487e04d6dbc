package io.capitalist4j.domain.api2;

/**
 * The state of an API2 payment. The reference documents three; UNKNOWN stands for any other name a server may
 * send (the payment keeps it as it came, {@link Api2Payment#rawState()}) and is never taken for final.
 */
public enum Api2PaymentState {
    PENDING, EXECUTED, DECLINED, UNKNOWN;

    /** EXECUTED and DECLINED are final (the server sends its callback then); PENDING and UNKNOWN are not. */
    public boolean isFinal() {
        return this == EXECUTED || this == DECLINED;
    }

    /** The state the wire name names exactly (case counts), else {@link #UNKNOWN}. */
    public static Api2PaymentState of(String wire) {
        if (wire == null) {
            return UNKNOWN;
        }
        switch (wire) {
            case "PENDING": return PENDING;
            case "EXECUTED": return EXECUTED;
            case "DECLINED": return DECLINED;
            default: return UNKNOWN;
        }
    }
}
