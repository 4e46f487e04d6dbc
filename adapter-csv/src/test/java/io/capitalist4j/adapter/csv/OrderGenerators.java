package io.capitalist4j.adapter.csv;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.batch.Batch;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for valid payment orders of every opcode and for batches mixing them. Each order
 * generator takes the payment number from its caller so that batches can keep numbers unique.
 */
final class OrderGenerators {

    /** Currency of generated BRBANK orders: the format's default, since the line cannot carry another one. */
    static final Currency BRBANK_CURRENCY = BatchFormatOptions.defaults().brBankCurrency();

    private static final List<String> LETTERS = split(
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
            + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ");
    private static final List<String> TEXT = concat(LETTERS, split("0123456789 .,-_:/()#№'\"@+!?%&*=<>[]{}|\\~^`$"),
            List.of("ß", "é", "中", "\uD83D\uDE00", "\uD834\uDD1E"));
    private static final List<String> DIGITS = split("0123456789");
    private static final List<String> UPPER = split("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /** Currencies with their scales, including an unknown code (default scale) and 8-decimal crypto. */
    private static final List<Currency> CURRENCIES = List.of(Currency.RUR, Currency.USD, Currency.EUR, Currency.UAH,
            Currency.KZT, Currency.BTC, Currency.ETH, Currency.USDT, Currency.USDC, Currency.of("GBP"));

    private static final List<Opcode> WORLDCARD_OPCODES = Arrays.stream(Opcode.values())
            .filter(o -> o.layout() == Opcode.Layout.WORLDCARD).toList();

    private OrderGenerators() {
    }

    // ---- orders -------------------------------------------------------------------------------------------

    /** Valid orders of one opcode with the given payment number. */
    static Gen<PaymentOrder> order(Opcode opcode, String paymentNumber) {
        switch (opcode.layout()) {
            case CAPITALIST: return capitalist(paymentNumber);
            case RUCARD: return ruCard(paymentNumber);
            case CARD: return card(opcode, paymentNumber);
            case SBP: return sbp(paymentNumber);
            case WEBMONEY: return webMoney(paymentNumber);
            case WORLDCARD: return worldCard(opcode, paymentNumber);
            case WALLET: return wallet(opcode, paymentNumber);
            case BRBANK: return brBank(paymentNumber);
            default: throw new IllegalStateException("no generator for layout " + opcode.layout());
        }
    }

    /** Valid orders of any opcode. */
    static Gen<PaymentOrder> anyOrder(String paymentNumber) {
        return rs -> order(opcodes().generate(rs), paymentNumber).generate(rs);
    }

    static Gen<Opcode> opcodes() {
        return Generate.enumValues(Opcode.class);
    }

    /** Valid batches of {@code min..max} orders mixing every opcode, payment numbers unique. */
    static Gen<Batch> batches(int min, int max) {
        Gen<Integer> sizes = integers().between(min, max);
        Gen<Batch> gen = rs -> {
            int size = sizes.generate(rs);
            List<PaymentOrder> orders = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                orders.add(anyOrder(paymentNumberPrefix().generate(rs) + (i + 1)).generate(rs));
            }
            return Batch.of(orders);
        };
        return gen.describedAs(b -> b.orders().toString());
    }

    private static Gen<PaymentOrder> capitalist(String paymentNumber) {
        Gen<Integer> prefixes = integers().between(0, 6);
        return rs -> {
            // a known prefix fixes the currency; 'X' is a prefix we know nothing about, so any currency goes
            int p = prefixes.generate(rs);
            String letters = "RUEBTHX";
            Currency currency = p < 6 ? AccountNumber.of(letters.charAt(p) + "1").currency().orElseThrow()
                    : currencies().generate(rs);
            AccountNumber account = AccountNumber.of(letters.charAt(p) + digits(1, 14).generate(rs));
            return new CapitalistTransfer(account, money(currency).generate(rs), paymentNumber, text().generate(rs));
        };
    }

    private static Gen<PaymentOrder> ruCard(String paymentNumber) {
        return rs -> new RuCardPayout(cards().generate(rs),
                limited(RuCardPayout.MIN_RUR, RuCardPayout.MAX_RUR).generate(rs), paymentNumber,
                text().generate(rs), name().generate(rs), name().generate(rs));
    }

    private static Gen<PaymentOrder> card(Opcode opcode, String paymentNumber) {
        return rs -> new CardPayout(opcode, cards().generate(rs), anyMoney().generate(rs), paymentNumber,
                text().generate(rs));
    }

    private static Gen<PaymentOrder> sbp(String paymentNumber) {
        return rs -> new SbpPayout(digits(10, 15).generate(rs),
                limited(SbpPayout.MIN_RUR, SbpPayout.MAX_RUR).generate(rs),
                Generate.enumValues(SbpBank.class).generate(rs), name().generate(rs), name().generate(rs),
                emails().generate(rs), paymentNumber, text().generate(rs));
    }

    private static Gen<PaymentOrder> webMoney(String paymentNumber) {
        Gen<Boolean> protectedPayment = Generate.booleans();
        Gen<Integer> days = integers().between(1, 120);
        return rs -> {
            String purse = UPPER.get(integers().between(0, 25).generate(rs)) + digits(12, 12).generate(rs);
            Money amount = anyMoney().generate(rs);
            String description = text().generate(rs);
            if (protectedPayment.generate(rs)) {
                return new WebMoneyPayout(purse, amount, paymentNumber, description,
                        Optional.of(text().generate(rs)), Optional.of(days.generate(rs)));
            }
            return WebMoneyPayout.of(purse, amount, paymentNumber, description);
        };
    }

    private static Gen<PaymentOrder> worldCard(Opcode opcode, String paymentNumber) {
        Gen<Boolean> withHolderDetails = Generate.booleans();
        Gen<LocalDate> birthDates = longs().between(LocalDate.of(1930, 1, 1).toEpochDay(),
                LocalDate.of(2007, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
        Gen<YearMonth> expiries = integers().between(1, 12)
                .zip(integers().between(2000, 2099), (m, y) -> YearMonth.of(y, m));
        return rs -> {
            boolean details = WorldCardPayout.holderDetailsRequired(opcode) || withHolderDetails.generate(rs);
            return new WorldCardPayout(opcode, cards().generate(rs), anyMoney().generate(rs), paymentNumber,
                    text().generate(rs), name().generate(rs), name().generate(rs),
                    details ? Optional.of(birthDates.generate(rs)) : Optional.empty(),
                    details ? text().generate(rs) : "",
                    details ? word(UPPER, 2, 2).generate(rs) : "",
                    details ? name().generate(rs) : "",
                    expiries.generate(rs));
        };
    }

    private static Gen<PaymentOrder> wallet(Opcode opcode, String paymentNumber) {
        return rs -> new WalletPayout(opcode, word(concat(LETTERS, DIGITS), 1, 42).generate(rs),
                anyMoney().generate(rs), paymentNumber, text().generate(rs));
    }

    private static Gen<PaymentOrder> brBank(String paymentNumber) {
        return rs -> new BrBankPayout(digits(11, 11).generate(rs), "PIX", name().generate(rs),
                emails().generate(rs), money(BRBANK_CURRENCY).generate(rs), paymentNumber, text().generate(rs));
    }

    // ---- values -------------------------------------------------------------------------------------------

    /** Luhn-valid card numbers of 12 to 19 digits. */
    static Gen<CardNumber> cards() {
        return integers().between(11, 18).flatMap(n -> digits(n, n)).map(body -> CardNumber.of(body + luhnDigit(body)));
    }

    /** The check digit that makes {@code body + digit} pass the Luhn check. */
    static int luhnDigit(String body) {
        for (int d = 0; d <= 9; d++) {
            if (CardNumber.luhn(body + d)) {
                return d;
            }
        }
        throw new IllegalStateException("no Luhn digit for " + body);
    }

    static Gen<Currency> currencies() {
        return Generate.pick(CURRENCIES);
    }

    /** Positive amounts at the currency's scale, from the smallest unit up to a million units. */
    static Gen<Money> money(Currency currency) {
        long max = BigDecimal.valueOf(1_000_000).movePointRight(currency.scale()).longValueExact();
        return longs().between(1, max).map(minor -> Money.of(BigDecimal.valueOf(minor, currency.scale()), currency));
    }

    static Gen<Money> anyMoney() {
        return currencies().flatMap(OrderGenerators::money);
    }

    /** RUR amounts within the opcode's limits, or amounts in another currency (converted and limited by the server). */
    private static Gen<Money> limited(String minRur, String maxRur) {
        long min = new BigDecimal(minRur).movePointRight(2).longValueExact();
        long max = new BigDecimal(maxRur).movePointRight(2).longValueExact();
        Gen<Money> rur = longs().between(min, max).map(k -> Money.of(BigDecimal.valueOf(k, 2), Currency.RUR));
        return rur.mix(Generate.pick(List.of(Currency.USD, Currency.EUR)).flatMap(OrderGenerators::money), 30);
    }

    /** Free text as a description or payment number may hold: Latin, Cyrillic, digits, punctuation, emoji. */
    static Gen<String> text() {
        return word(LETTERS, 1, 1).zip(word(TEXT, 0, 30), String::concat);
    }

    /** A first or last name, Latin or Cyrillic. */
    static Gen<String> name() {
        return word(LETTERS, 1, 20);
    }

    static Gen<String> paymentNumberPrefix() {
        return word(concat(LETTERS, List.of("-", "_", "/", "#")), 0, 8);
    }

    static Gen<String> emails() {
        Gen<String> local = word(concat(LETTERS, DIGITS), 1, 12);
        Gen<String> domain = word(split("abcdefghijklmnopqrstuvwxyz0123456789"), 1, 12);
        return local.zip(domain, word(split("abcdefghijklmnopqrstuvwxyz"), 2, 4),
                (l, d, tld) -> l + "@" + d + "." + tld);
    }

    static Gen<String> digits(int min, int max) {
        return word(DIGITS, min, max);
    }

    private static Gen<String> word(List<String> alphabet, int min, int max) {
        Gen<Integer> lengths = integers().between(min, max);
        Gen<String> symbols = Generate.pick(alphabet);
        return rs -> {
            int n = lengths.generate(rs);
            StringBuilder b = new StringBuilder(n * 2);
            for (int i = 0; i < n; i++) {
                b.append(symbols.generate(rs));
            }
            return b.toString();
        };
    }

    private static List<String> split(String symbols) {
        return symbols.codePoints().mapToObj(Character::toString).toList();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }
}
