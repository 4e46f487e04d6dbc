package io.capitalist4j.adapter.csv;

import io.capitalist4j.domain.payment.Opcode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The field names of each layout, in wire order, as {@code PaymentOrder.fields()} names them. The parser
 * needs them to name the field of a line it could not turn into an order (a control character in the
 * description must be reported as "description" even when the card number on that line is also wrong).
 * A test checks these names against {@code fields()} of generated orders of every opcode.
 */
final class FieldLayouts {

    private static final Map<Opcode.Layout, List<String>> NAMES = new EnumMap<>(Opcode.Layout.class);

    static {
        NAMES.put(Opcode.Layout.CAPITALIST, six("account"));
        NAMES.put(Opcode.Layout.CARD, six("card"));
        NAMES.put(Opcode.Layout.WALLET, six("recipient"));
        NAMES.put(Opcode.Layout.RUCARD, List.of("opcode", "card", "amount", "currency", "paymentNumber",
                "description", "firstName", "lastName"));
        NAMES.put(Opcode.Layout.SBP, List.of("opcode", "phone", "amount", "currency", "bank", "firstName",
                "lastName", "email", "paymentNumber", "description"));
        NAMES.put(Opcode.Layout.WEBMONEY, List.of("opcode", "purse", "amount", "currency", "paymentNumber",
                "description", "protectionCode", "protectionPeriodDays"));
        NAMES.put(Opcode.Layout.WORLDCARD, List.of("opcode", "card", "amount", "currency", "paymentNumber",
                "description", "firstName", "lastName", "birthDate", "address", "country", "city",
                "expiryMonth", "expiryYear"));
        NAMES.put(Opcode.Layout.BRBANK, List.of("opcode", "cpf", "method", "name", "email", "amount",
                "paymentNumber", "description"));
        for (Opcode.Layout layout : Opcode.Layout.values()) {
            if (!NAMES.containsKey(layout)) {
                throw new IllegalStateException("no field names for layout " + layout);
            }
        }
    }

    private FieldLayouts() {
    }

    private static List<String> six(String recipient) {
        return List.of("opcode", recipient, "amount", "currency", "paymentNumber", "description");
    }

    /** The names of a layout's fields, the opcode first. */
    static List<String> names(Opcode.Layout layout) {
        return NAMES.get(layout);
    }

    /**
     * The name of the field at a 0-based index of a raw line: by the layout of its opcode when the opcode
     * is known, else by position ("field 3"), which is all that can be said about it.
     */
    static String nameAt(Optional<Opcode> opcode, int index) {
        if (index == 0) {
            return "opcode";
        }
        if (opcode.isPresent()) {
            List<String> names = NAMES.get(opcode.get().layout());
            if (index < names.size()) {
                return names.get(index);
            }
        }
        return "field " + (index + 1);
    }
}
