package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.auth.Redaction;
import java.util.Objects;

/**
 * A field of a payment order is missing or wrong; {@link #field()} names it as the layout does. A card number
 * quoted in the reason is masked to its last four digits.
 */
public class InvalidFieldException extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public InvalidFieldException(String field, String reason) {
        super(field + ": " + Redaction.maskDigitRuns(reason));
        this.field = Objects.requireNonNull(field, "field");
        this.reason = Redaction.maskDigitRuns(Objects.requireNonNull(reason, "reason"));
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
