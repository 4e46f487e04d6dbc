package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds a payment order from the fields of one batch line: the inverse of {@link PaymentOrder#fields()}.
 * Every failure is an {@link InvalidFieldException} naming the field.
 */
public final class PaymentOrders {

    private PaymentOrders() {
    }

    /**
     * @param fields            the line split on {@code ;}, the opcode first
     * @param currencyForBrBank the currency of BRBANK amounts, which the line does not carry
     */
    public static PaymentOrder fromFields(List<String> fields, Currency currencyForBrBank) {
        if (fields.isEmpty() || fields.get(0).isEmpty()) {
            throw new InvalidFieldException("opcode", "is required");
        }
        Opcode opcode = Opcode.find(fields.get(0))
                .orElseThrow(() -> new InvalidFieldException("opcode", "unknown opcode '" + fields.get(0) + "'"));
        Line l = new Line(opcode, fields);
        switch (opcode.layout()) {
            case CAPITALIST:
                l.count(6);
                return new CapitalistTransfer(l.field("account", () -> AccountNumber.of(l.text(1))),
                        l.money(2, 3), l.text(4), l.text(5));
            case RUCARD:
                l.count(8);
                return new RuCardPayout(l.card(1), l.money(2, 3), l.text(4), l.text(5), l.text(6), l.text(7));
            case CARD:
                l.count(6);
                return new CardPayout(opcode, l.card(1), l.money(2, 3), l.text(4), l.text(5));
            case SBP:
                l.count(10);
                SbpBank bank = SbpBank.ofCode(l.text(4)).orElseThrow(() -> new InvalidFieldException("bank",
                        "unknown SBP bank code '" + l.text(4) + "'"));
                return new SbpPayout(l.text(1), l.money(2, 3), bank, l.text(5), l.text(6), l.text(7), l.text(8),
                        l.text(9));
            case WEBMONEY:
                if (fields.size() == 6) {
                    return WebMoneyPayout.of(l.text(1), l.money(2, 3), l.text(4), l.text(5));
                }
                l.count(8);
                return new WebMoneyPayout(l.text(1), l.money(2, 3), l.text(4), l.text(5), Optional.of(l.text(6)),
                        Optional.of(l.field("protectionPeriodDays", () -> days(l.text(7)))));
            case WORLDCARD:
                l.count(14);
                Optional<LocalDate> birth = l.text(8).isEmpty() ? Optional.empty()
                        : Optional.of(l.field("birthDate", () -> LocalDate.parse(l.text(8))));
                int month = l.field("expiryMonth", () -> twoDigits(l.text(12)));
                int year = l.field("expiryYear", () -> fourDigits(l.text(13)));
                return new WorldCardPayout(opcode, l.card(1), l.money(2, 3), l.text(4), l.text(5), l.text(6),
                        l.text(7), birth, l.text(9), l.text(10), l.text(11), YearMonth.of(year, month));
            case WALLET:
                l.count(6);
                return new WalletPayout(opcode, l.text(1), l.money(2, 3), l.text(4), l.text(5));
            case BRBANK:
                l.count(8);
                return new BrBankPayout(l.text(1), l.text(2), l.text(3), l.text(4),
                        l.field("amount", () -> Money.of(l.text(5), currencyForBrBank)), l.text(6), l.text(7));
            default:
                throw new IllegalStateException("layout without a parser: " + opcode.layout());
        }
    }

    /** ASCII digits only: Integer.parseInt alone would also take "+5" and non-ASCII digits such as "٥". */
    private static int days(String text) {
        if (!text.matches("[0-9]{1,3}")) {
            throw new IllegalArgumentException("must be a number of days 1 to 120: '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    private static int twoDigits(String text) {
        if (!text.matches("(0[1-9]|1[0-2])")) {
            throw new IllegalArgumentException("must be a two-digit month 01 to 12: '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    private static int fourDigits(String text) {
        if (!text.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("must be a four-digit year: '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    /** The number of fields a layout takes, for messages and generators. */
    public static String expectedFieldCount(Opcode opcode) {
        switch (opcode.layout()) {
            case CAPITALIST: case CARD: case WALLET: return "6";
            case RUCARD: case BRBANK: return "8";
            case SBP: return "10";
            case WEBMONEY: return "6 or 8";
            case WORLDCARD: return "14";
            default: throw new IllegalStateException(opcode.name());
        }
    }

    private static final class Line {
        private final Opcode opcode;
        private final List<String> fields;

        Line(Opcode opcode, List<String> fields) {
            this.opcode = opcode;
            this.fields = fields;
        }

        void count(int expected) {
            if (fields.size() != expected) {
                throw new InvalidFieldException("line", opcode + " takes " + expectedFieldCount(opcode)
                        + " fields, found " + fields.size());
            }
        }

        String text(int index) {
            return fields.get(index);
        }

        CardNumber card(int index) {
            return CardNumber.of(text(index));
        }

        Money money(int amountIndex, int currencyIndex) {
            Currency currency = field("currency", () -> Currency.of(text(currencyIndex)));
            return field("amount", () -> Money.of(text(amountIndex), currency));
        }

        <T> T field(String name, Supplier<T> parse) {
            try {
                return parse.get();
            } catch (InvalidFieldException e) {
                throw e;
            } catch (DateTimeParseException e) {
                throw new InvalidFieldException(name, "is not a date YYYY-MM-DD");
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException(name, e.getMessage());
            }
        }
    }
}
