package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * One payout: one line of a batch. Each variant is a record whose fields, limits and wire order are declared
 * once, by its {@link LineLayout}; whether its text can be written into a batch line at all is checked by the
 * batch, which knows the line number.
 */
public sealed interface PaymentOrder
        permits CapitalistTransfer, RuCardPayout, CardPayout, SbpPayout, WebMoneyPayout,
                WorldCardPayout, WalletPayout, BrBankPayout {

    Opcode opcode();

    /** The recipient as written on the line: account, card, phone, purse, address or CPF. */
    String beneficiary();

    Money amount();

    /** The "payment number from your system": echoed as internalNumber and searchable as customNumber. */
    String paymentNumber();

    String description();

    /** Every field of the line in wire order, the opcode first. */
    default List<Field> fields() {
        List<Field> fields = new ArrayList<>(16);
        forEachField((name, value) -> fields.add(new Field(name, value)));
        return List.copyOf(fields);
    }

    /**
     * Passes every field of the line to {@code sink} in wire order, the opcode first: the same fields as
     * {@link #fields()}, without building them, as the opcode's {@link LineLayout} describes them.
     */
    default void forEachField(FieldSink sink) {
        opcode().lineLayout().write(this, sink);
    }
}
