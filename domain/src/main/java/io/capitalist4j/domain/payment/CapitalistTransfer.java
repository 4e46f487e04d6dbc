package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.money.Money;

/** CAPITALIST: a transfer to another Capitalist account. {@code CAPITALIST;account;amount;currency;no;description} */
public record CapitalistTransfer(AccountNumber account, Money amount, String paymentNumber, String description)
        implements PaymentOrder {

    static final LineLayout<CapitalistTransfer> LAYOUT = LineLayout.of(CapitalistTransfer.class, "CAPITALIST",
            FieldSpec.opcode(),
            FieldSpec.account("account"),
            FieldSpec.amount("amount"),
            FieldSpec.currency("currency"),
            FieldSpec.text("paymentNumber"),
            FieldSpec.text("description"));

    public CapitalistTransfer {
        LAYOUT.check(account, amount, paymentNumber, description);
        account.currency().ifPresent(c -> {
            if (!c.equals(amount.currency())) {
                throw new InvalidFieldException("currency", "account " + account + " holds " + c
                        + " but the amount is in " + amount.currency());
            }
        });
    }

    @Override
    public Opcode opcode() {
        return Opcode.CAPITALIST;
    }

    @Override
    public String beneficiary() {
        return account.value();
    }
}
