package io.capitalist4j.domain;

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
import java.util.Optional;

/**
 * One valid example order per opcode, after the layouts of the API reference. The reference's example card
 * 4276380079956881 fails the Luhn check; {@link #CARD} is the same number with a corrected check digit.
 */
public final class Fixtures {

    public static final String CARD = "4276380079956889";
    public static final String FAILS_LUHN = "4276380079956881";

    private Fixtures() {
    }

    public static Money rur(String amount) {
        return Money.of(amount, Currency.RUR);
    }

    public static Money usd(String amount) {
        return Money.of(amount, Currency.USD);
    }

    public static CapitalistTransfer capitalist(String paymentNumber, Money amount) {
        String prefix = amount.currency().equals(Currency.USD) ? "U" : amount.currency().equals(Currency.EUR) ? "E" : "R";
        return new CapitalistTransfer(AccountNumber.of(prefix + "0000000"), amount, paymentNumber, "Payout");
    }

    /** A valid order of the opcode with the given payment number and the layout's example values. */
    public static PaymentOrder example(Opcode opcode, String paymentNumber) {
        switch (opcode.layout()) {
            case CAPITALIST:
                return capitalist(paymentNumber, rur("10.00"));
            case RUCARD:
                return new RuCardPayout(CardNumber.of(CARD), rur("100.00"), paymentNumber, "Payout", "Firstname", "Lastname");
            case CARD:
                return new CardPayout(opcode, CardNumber.of(CARD), usd("10.00"), paymentNumber, "Payout");
            case SBP:
                return new SbpPayout("79030001122", rur("500.00"), SbpBank.SBERBANK, "Ivan", "Ivanov",
                        "ivan@example.com", paymentNumber, "Payout");
            case WEBMONEY:
                return new WebMoneyPayout("Z112224443331", usd("1.10"), paymentNumber, "Payout 2",
                        Optional.of("code"), Optional.of(3));
            case WORLDCARD:
                return new WorldCardPayout(opcode, CardNumber.of("5555555555554444"), Money.of("25.00", Currency.EUR),
                        paymentNumber, "Payout", "Ivan", "Ivanov", Optional.of(LocalDate.of(1985, 3, 7)),
                        "Lenina 1", "KZ", "Almaty", YearMonth.of(2030, 3));
            case WALLET:
                return new WalletPayout(opcode, "0xAbC123", usd("5.00"), paymentNumber, "Payout");
            case BRBANK:
                return BrBankPayout.pix("06971135800", "John Smith", "j.smith@example.com", usd("1.00"), paymentNumber,
                        "Payout");
            default:
                throw new IllegalStateException("no example for " + opcode);
        }
    }
}
