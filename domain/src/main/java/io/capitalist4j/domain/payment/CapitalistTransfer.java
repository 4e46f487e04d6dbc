package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.money.Money;

/** CAPITALIST: a transfer to another Capitalist account. {@code CAPITALIST;account;amount;currency;no;description} */
public record CapitalistTransfer(AccountNumber account, Money amount, String paymentNumber, String description)
        implements PaymentOrder {

    public CapitalistTransfer {
        Rules.present("account", account);
        Rules.positive("amount", amount);
        Rules.required("paymentNumber", paymentNumber);
        Rules.required("description", description);
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

    @Override
    public void forEachField(FieldSink sink) {
        Rules.commonHead(sink, opcode(), "account", account.value(), amount, paymentNumber, description);
    }
}
