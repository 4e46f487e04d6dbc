package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Money;

/**
 * Receives the fields of one batch line in wire order ({@link PaymentOrder#forEachField}), so that checking
 * and writing a hundred thousand lines builds no list of {@link Field}s per line.
 */
@FunctionalInterface
public interface FieldSink {

    /** One field: its name in the opcode's layout and its wire text. */
    void field(String name, String value);

    /**
     * The amount field. Its wire text ({@link Money#toWire()}) is only digits, {@code .} and {@code -}, so a
     * sink that checks what may stand in a line can leave it unformatted; by default it is formatted and passed
     * on as any other field.
     */
    default void amount(String name, Money amount) {
        field(name, amount.toWire());
    }
}
