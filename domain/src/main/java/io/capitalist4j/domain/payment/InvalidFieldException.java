package io.capitalist4j.domain.payment;

import java.util.Objects;

/** A field of a payment order is missing or wrong; {@link #field()} names it as the layout does. */
public class InvalidFieldException extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public InvalidFieldException(String field, String reason) {
        super(field + ": " + reason);
        this.field = Objects.requireNonNull(field, "field");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
