package io.capitalist4j.testkit;

import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.Opcode;
import io.capitalist4j.domain.payment.PaymentOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One line of an upload as the sandbox read it: its fields split on {@code ;}, the layout of its opcode when
 * the sandbox knows it, and either the order it stands for or the reason it was refused. A refused line
 * still shows its payment number, recipient and amount, as get_batch_info lists SKIP records with them.
 */
final class UploadLine {

    /** Where the fields sit on a line whose opcode the sandbox does not know: the §7.1 head. */
    private static final List<String> HEAD = List.of("opcode", "recipient", "amount", "currency", "paymentNumber",
            "description");

    final int number;
    final List<String> fields;
    final Optional<UploadLayouts.Layout> layout;
    private final Optional<PaymentOrder> order;
    private final String refusedField;
    private final String reason;

    private UploadLine(int number, List<String> fields, Optional<UploadLayouts.Layout> layout,
                       Optional<PaymentOrder> order, String refusedField, String reason) {
        this.number = number;
        this.fields = List.copyOf(fields);
        this.layout = layout;
        this.order = order;
        this.refusedField = refusedField;
        this.reason = reason;
    }

    static UploadLine accepted(int number, List<String> fields, UploadLayouts.Layout layout, PaymentOrder order) {
        return new UploadLine(number, fields, Optional.of(layout), Optional.of(order), "", "");
    }

    static UploadLine refused(int number, List<String> fields, Optional<UploadLayouts.Layout> layout, String field,
                              String reason) {
        return new UploadLine(number, fields, layout, Optional.empty(), field, reason);
    }

    UploadLine refusedAs(String field, String reason) {
        return refused(number, fields, layout, field, reason);
    }

    Optional<PaymentOrder> order() {
        return order;
    }

    /** Why the line was refused, the field first ("card: fails the Luhn check …"); empty for an accepted line. */
    String problem() {
        return order.isPresent() ? "" : refusedField + ": " + reason;
    }

    /** The field (or "line", "opcode") a refused line was refused for; empty for an accepted line. */
    String refusedField() {
        return refusedField;
    }

    Optional<Opcode> opcode() {
        return Opcode.find(fields.get(0));
    }

    String beneficiary() {
        return field(1);
    }

    String paymentNumber() {
        return field("paymentNumber");
    }

    String description() {
        return field("description");
    }

    String currency() {
        return isBrBank() ? UploadLayouts.BRBANK_CURRENCY : field("currency");
    }

    /** True when the amount is a well-formed decimal equal to zero: the whole upload fails with 185. */
    boolean hasZeroAmount() {
        return amount().map(a -> a.signum() == 0).orElse(false);
    }

    BigDecimal amountOrZero() {
        return amount().orElse(BigDecimal.ZERO);
    }

    private Optional<BigDecimal> amount() {
        try {
            return Optional.of(Money.parseDecimal(field("amount")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private boolean isBrBank() {
        return layout.isPresent() && layout.get().family() == UploadLayouts.Family.BRBANK;
    }

    private String field(String name) {
        int at = layout.isPresent() ? layout.get().position(name) : HEAD.indexOf(name);
        return field(at);
    }

    private String field(int index) {
        return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }
}
