package io.capitalist4j.testkit;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import io.capitalist4j.domain.payment.CardNumber;
import io.capitalist4j.domain.payment.CardPayout;
import io.capitalist4j.domain.payment.Opcode;
import io.capitalist4j.domain.payment.RuCardPayout;
import io.capitalist4j.domain.payment.SbpBank;
import io.capitalist4j.domain.payment.SbpPayout;
import io.capitalist4j.domain.payment.WalletPayout;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Payment orders with sensible defaults for tests. Orders without an explicit payment number get a fresh
 * one ({@code TK000001}, {@code TK000002}, …), unique within the JVM.
 */
public final class Orders {

    /** A card number that passes the Luhn check (a Luhn-valid variant of the documentation's example card, which itself fails the check). */
    public static final String CARD = "4276380079956889";

    private static final AtomicLong NUMBERS = new AtomicLong();

    private Orders() {
    }

    public static String nextPaymentNumber() {
        return String.format("TK%06d", NUMBERS.incrementAndGet());
    }

    /** A CAPITALIST transfer to {@code account}, in the currency its prefix names (R, U, E, B …). */
    public static CapitalistTransfer capitalist(String account, String amount) {
        return capitalist(account, amount, nextPaymentNumber());
    }

    public static CapitalistTransfer capitalist(String account, String amount, String paymentNumber) {
        AccountNumber number = AccountNumber.of(account);
        Currency currency = number.currency().orElseThrow(() -> new IllegalArgumentException(
                "account " + account + " has no known currency prefix; build the CapitalistTransfer directly"));
        return new CapitalistTransfer(number, Money.of(amount, currency), paymentNumber, "Payout " + paymentNumber);
    }

    /** RUCARD to the sample card, in RUR (100 to 50 000). */
    public static RuCardPayout ruCard(String amount) {
        String n = nextPaymentNumber();
        return new RuCardPayout(CardNumber.of(CARD), Money.of(amount, Currency.RUR), n, "Payout " + n, "Ivan", "Ivanov");
    }

    /** A six-field card payout (RUCARDP2P_DYN, UKRCARD, KZCARD) to the sample card. */
    public static CardPayout card(Opcode opcode, String amount, Currency currency) {
        String n = nextPaymentNumber();
        return new CardPayout(opcode, CardNumber.of(CARD), Money.of(amount, currency), n, "Payout " + n);
    }

    /** SBP to a Sberbank phone, in RUR (500 to 150 000). */
    public static SbpPayout sbp(String phone, String amount) {
        String n = nextPaymentNumber();
        return new SbpPayout(phone, Money.of(amount, Currency.RUR), SbpBank.SBERBANK, "Ivan", "Ivanov",
                "ivan@example.com", n, "Payout " + n);
    }

    /** A six-field wallet, mobile or crypto payout. */
    public static WalletPayout wallet(Opcode opcode, String recipient, String amount, Currency currency) {
        String n = nextPaymentNumber();
        return new WalletPayout(opcode, recipient, Money.of(amount, currency), n, "Payout " + n);
    }
}
