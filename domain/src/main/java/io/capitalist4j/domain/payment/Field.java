package io.capitalist4j.domain.payment;

import java.util.Objects;

/** One field of a batch line: its name in the opcode's layout and its wire text. */
public record Field(String name, String value) {
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
