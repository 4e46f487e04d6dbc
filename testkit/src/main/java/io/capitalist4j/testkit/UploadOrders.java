package io.capitalist4j.testkit;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.BrBankPayout;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import io.capitalist4j.domain.payment.CardNumber;
import io.capitalist4j.domain.payment.CardPayout;
import io.capitalist4j.domain.payment.Opcode;
import io.capitalist4j.domain.payment.PaymentOrder;
import io.capitalist4j.domain.payment.RuCardPayout;
import io.capitalist4j.domain.payment.SbpBank;
import io.capitalist4j.domain.payment.SbpPayout;
import io.capitalist4j.domain.payment.WalletPayout;
import io.capitalist4j.domain.payment.WebMoneyPayout;
import io.capitalist4j.domain.payment.WorldCardPayout;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Makes the typed order of a line the sandbox has already checked, field by field from its own layout: the
 * order is what the outcome and fee policies see. The domain records check their fields again on
 * construction; a line they refuse after the sandbox accepted it is refused, with their reason.
 */
final class UploadOrders {

    private UploadOrders() {
    }

    static PaymentOrder build(UploadLayouts.Layout layout, List<String> fields) {
        Fields f = new Fields(layout, fields);
        Opcode opcode = Opcode.find(layout.opcode()).orElseThrow(() ->
                new IllegalStateException("the sandbox table has an opcode the domain does not: " + layout.opcode()));
        switch (layout.family()) {
            case CAPITALIST:
                return new CapitalistTransfer(AccountNumber.of(f.get("account")), f.money(), f.get("paymentNumber"),
                        f.get("description"));
            case RUCARD:
                return new RuCardPayout(CardNumber.of(f.get("card")), f.money(), f.get("paymentNumber"),
                        f.get("description"), f.get("firstName"), f.get("lastName"));
            case CARD:
                return new CardPayout(opcode, CardNumber.of(f.get("card")), f.money(), f.get("paymentNumber"),
                        f.get("description"));
            case SBP:
                return new SbpPayout(f.get("phone"), f.money(), SbpBank.ofCode(f.get("bank")).orElseThrow(),
                        f.get("firstName"), f.get("lastName"), f.get("email"), f.get("paymentNumber"),
                        f.get("description"));
            case WEBMONEY:
                boolean protection = fields.size() > 6;
                return new WebMoneyPayout(f.get("purse"), f.money(), f.get("paymentNumber"), f.get("description"),
                        protection ? Optional.of(f.get("protectionCode")) : Optional.empty(),
                        protection ? Optional.of(Integer.valueOf(f.get("protectionPeriodDays"))) : Optional.empty());
            case WORLDCARD:
                String birth = f.get("birthDate");
                return new WorldCardPayout(opcode, CardNumber.of(f.get("card")), f.money(), f.get("paymentNumber"),
                        f.get("description"), f.get("firstName"), f.get("lastName"),
                        birth.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(birth)), f.get("address"),
                        f.get("country"), f.get("city"),
                        YearMonth.of(Integer.parseInt(f.get("expiryYear")), Integer.parseInt(f.get("expiryMonth"))));
            case WALLET:
                return new WalletPayout(opcode, f.get("recipient"), f.money(), f.get("paymentNumber"),
                        f.get("description"));
            case BRBANK:
                return new BrBankPayout(f.get("cpf"), f.get("method"), f.get("name"), f.get("email"), f.money(),
                        f.get("paymentNumber"), f.get("description"));
            default:
                throw new IllegalStateException("no order type for the family " + layout.family());
        }
    }

    /** The amount with its currency: the line's currency field, or the BRBANK currency. */
    static Money money(UploadLayouts.Layout layout, List<String> fields) {
        return new Fields(layout, fields).money();
    }

    private static final class Fields {
        private final UploadLayouts.Layout layout;
        private final List<String> fields;

        Fields(UploadLayouts.Layout layout, List<String> fields) {
            this.layout = layout;
            this.fields = fields;
        }

        String get(String name) {
            int at = layout.position(name);
            if (at < 0 || at >= fields.size()) {
                throw new IllegalStateException(layout.opcode() + " has no field " + name);
            }
            return fields.get(at);
        }

        Money money() {
            String currency = layout.family() == UploadLayouts.Family.BRBANK ? UploadLayouts.BRBANK_CURRENCY
                    : get("currency");
            return Money.of(get("amount"), Currency.of(currency));
        }
    }
}
