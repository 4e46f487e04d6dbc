package io.capitalist4j.benchmarks;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The application's side of a payout run before it touches the library: plain values as they come out of a
 * database (strings and BigDecimal amounts), one row per payout, eight opcodes in turn and Cyrillic
 * descriptions and names. {@link #toOrders()} is the "build" step P1 measures. Seeded, so every fork sees
 * the same rows.
 */
final class PayoutRows {

    private static final String[] DESCRIPTIONS = {
        "Выплата вознаграждения по договору", "Возврат средств покупателю", "Оплата услуг за ноябрь",
        "Партнёрская выплата, отчёт", "Премия по итогам квартала", "Компенсация расходов сотрудника"};
    private static final String[] FIRST = {"Иван", "Мария", "Алексей", "Ольга", "Дмитрий", "Екатерина"};
    private static final String[] LAST = {"Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева"};
    private static final String[] WORLD_FIRST = {"Anna", "Peter", "Lukas", "Marta"};
    private static final String[] WORLD_LAST = {"Schmidt", "Novak", "Meyer", "Kowalska"};
    private static final SbpBank[] BANKS = SbpBank.values();

    /** The opcodes in the order rows cycle through them. */
    static final Opcode[] MIX = {Opcode.CAPITALIST, Opcode.RUCARD, Opcode.RUCARDP2P_DYN, Opcode.SBP,
        Opcode.UKRCARD, Opcode.WM, Opcode.WORLDCARD, Opcode.USDTTRC20};

    private final List<Row> rows;

    private PayoutRows(List<Row> rows) {
        this.rows = rows;
    }

    /** One row per payout; the fields a row does not need are empty. */
    record Row(Opcode opcode, String recipient, BigDecimal amount, String currency, String paymentNumber,
               String description, String firstName, String lastName, int bank, String email) {
    }

    static PayoutRows generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Row> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Opcode opcode = MIX[i % MIX.length];
            String number = "PAY-" + (1_000_000 + i);
            String description = DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)] + " №" + (10_000 + i);
            int person = random.nextInt(FIRST.length);
            String first = FIRST[person];
            String last = LAST[person];
            // amounts inside every opcode's limits: 500.00 to 49 999.99 RUR, cents kept
            BigDecimal amount = BigDecimal.valueOf(50_000 + random.nextInt(4_949_999), 2);
            switch (opcode) {
                case CAPITALIST:
                    rows.add(new Row(opcode, "R" + (1_000_000 + random.nextInt(8_999_999)), amount, "RUR", number,
                            description, "", "", 0, ""));
                    break;
                case RUCARD:
                case RUCARDP2P_DYN:
                    rows.add(new Row(opcode, card(random), amount, "RUR", number, description, first, last, 0, ""));
                    break;
                case SBP:
                    rows.add(new Row(opcode, "79" + (100_000_000 + random.nextInt(899_999_999)), amount, "RUR",
                            number, description, first, last, random.nextInt(BANKS.length),
                            "payee" + i + "@example.com"));
                    break;
                case UKRCARD:
                    rows.add(new Row(opcode, card(random), amount.movePointLeft(2).setScale(2, RoundingMode.DOWN)
                            , "USD", number, description, "", "", 0, ""));
                    break;
                case WM:
                    rows.add(new Row(opcode, "Z" + (100_000_000_000L + random.nextLong(899_999_999_999L)),
                            amount.movePointLeft(2).setScale(2, RoundingMode.DOWN),
                            "USD", number, description, "", "", 0, ""));
                    break;
                case WORLDCARD:
                    int who = random.nextInt(WORLD_FIRST.length);
                    rows.add(new Row(opcode, card(random), amount.movePointLeft(1).setScale(2, RoundingMode.DOWN),
                            "EUR", number, description, WORLD_FIRST[who], WORLD_LAST[who], 0, ""));
                    break;
                case USDTTRC20:
                    rows.add(new Row(opcode, "T" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()),
                            amount.movePointLeft(2).setScale(2, RoundingMode.DOWN),
                            "USDT", number, description, "", "", 0, ""));
                    break;
                default:
                    throw new IllegalStateException(opcode.name());
            }
        }
        return new PayoutRows(List.copyOf(rows));
    }

    int size() {
        return rows.size();
    }

    /** The same rows with payment numbers {@code prefix1000000}, {@code prefix1000001}, ... in order. */
    PayoutRows numbered(String prefix) {
        List<Row> renumbered = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            renumbered.add(new Row(r.opcode(), r.recipient(), r.amount(), r.currency(), prefix + (1_000_000 + i),
                    r.description(), r.firstName(), r.lastName(), r.bank(), r.email()));
        }
        return new PayoutRows(List.copyOf(renumbered));
    }

    List<Row> rows() {
        return rows;
    }

    /** The build step: every row becomes a validated order record. */
    List<PaymentOrder> toOrders() {
        List<PaymentOrder> orders = new ArrayList<>(rows.size());
        for (Row row : rows) {
            orders.add(toOrder(row));
        }
        return orders;
    }

    static PaymentOrder toOrder(Row r) {
        Money money = Money.of(r.amount(), Currency.of(r.currency()));
        switch (r.opcode()) {
            case CAPITALIST:
                return new CapitalistTransfer(AccountNumber.of(r.recipient()), money, r.paymentNumber(), r.description());
            case RUCARD:
                return new RuCardPayout(CardNumber.of(r.recipient()), money, r.paymentNumber(), r.description(),
                        r.firstName(), r.lastName());
            case RUCARDP2P_DYN:
            case UKRCARD:
                return new CardPayout(r.opcode(), CardNumber.of(r.recipient()), money, r.paymentNumber(), r.description());
            case SBP:
                return new SbpPayout(r.recipient(), money, BANKS[r.bank()], r.firstName(), r.lastName(), r.email(),
                        r.paymentNumber(), r.description());
            case WM:
                return WebMoneyPayout.of(r.recipient(), money, r.paymentNumber(), r.description());
            case WORLDCARD:
                return new WorldCardPayout(r.opcode(), CardNumber.of(r.recipient()), money, r.paymentNumber(),
                        r.description(), r.firstName(), r.lastName(), Optional.of(LocalDate.of(1985, 4, 12)),
                        "Hauptstrasse 5", "DE", "Berlin", YearMonth.of(2029, 11));
            case USDTTRC20:
                return new WalletPayout(r.opcode(), r.recipient(), money, r.paymentNumber(), r.description());
            default:
                throw new IllegalStateException(r.opcode().name());
        }
    }

    /** A 16-digit card number with a valid Luhn check digit. */
    private static String card(SplittableRandom random) {
        char[] digits = new char[16];
        digits[0] = '4';
        for (int i = 1; i < 15; i++) {
            digits[i] = (char) ('0' + random.nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            digits[15] = (char) ('0' + check);
            String candidate = new String(digits);
            if (CardNumber.luhn(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no Luhn digit");
    }
}
