package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Currency;
import java.util.List;

/**
 * Builds a payment order from the fields of one batch line: the inverse of {@link PaymentOrder#fields()}, read
 * by the opcode's {@link LineLayout}. Every failure is an {@link InvalidFieldException} naming the field.
 */
public final class PaymentOrders {

    private PaymentOrders() {
    }

    /**
     * @param fields            the line split on {@code ;}, the opcode first
     * @param currencyForBrBank the currency of amounts on lines that carry none (BRBANK's; see
     *                          {@link LineLayout#carriesCurrency()})
     */
    public static PaymentOrder fromFields(List<String> fields, Currency currencyForBrBank) {
        if (fields.isEmpty() || fields.get(0).isEmpty()) {
            throw new InvalidFieldException("opcode", "is required");
        }
        Opcode opcode = Opcode.find(fields.get(0))
                .orElseThrow(() -> new InvalidFieldException("opcode", "unknown opcode " + Rules.quoted(fields.get(0))));
        return opcode.lineLayout().read(opcode, fields, currencyForBrBank);
    }

    /** The number of fields a layout takes, for messages and generators. */
    public static String expectedFieldCount(Opcode opcode) {
        return opcode.lineLayout().expectedFieldCount();
    }
}
