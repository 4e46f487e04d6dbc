package io.capitalist4j.domain.batch;

import io.capitalist4j.domain.auth.Redaction;
import java.util.Objects;

/** Why one line of a batch cannot be sent: its 1-based number, the field, the reason. */
public record LineProblem(int line, String field, String reason) {

    /**
     * The longest reason kept. Reasons quote the offending value, and a value can be a whole megabyte-long
     * line of a broken file; the middle of a longer reason is elided so the message stays readable.
     */
    public static final int MAX_REASON_LENGTH = 300;
    private static final int KEPT_TAIL = 60;

    public LineProblem {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1: " + line);
        }
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
        field = shortened(field);
        reason = shortened(Redaction.maskDigitRuns(reason));
    }

    private static String shortened(String text) {
        if (text.length() <= MAX_REASON_LENGTH) {
            return text;
        }
        int head = MAX_REASON_LENGTH - KEPT_TAIL - 1;
        int tail = text.length() - KEPT_TAIL;
        // never split a surrogate pair: half of one is not text
        if (Character.isHighSurrogate(text.charAt(head - 1))) {
            head--;
        }
        if (Character.isLowSurrogate(text.charAt(tail))) {
            tail++;
        }
        return text.substring(0, head) + "…" + text.substring(tail);
    }

    @Override
    public String toString() {
        return "line " + line + ", " + field + ": " + reason;
    }
}
