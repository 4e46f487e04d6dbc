package io.capitalist4j.testkit;

import static io.capitalist4j.testkit.FieldCheck.ACCOUNT;
import static io.capitalist4j.testkit.FieldCheck.AMOUNT;
import static io.capitalist4j.testkit.FieldCheck.ANY;
import static io.capitalist4j.testkit.FieldCheck.CARD;
import static io.capitalist4j.testkit.FieldCheck.COUNTRY;
import static io.capitalist4j.testkit.FieldCheck.COUNTRY_OR_EMPTY;
import static io.capitalist4j.testkit.FieldCheck.CPF;
import static io.capitalist4j.testkit.FieldCheck.CURRENCY;
import static io.capitalist4j.testkit.FieldCheck.DATE;
import static io.capitalist4j.testkit.FieldCheck.DATE_OR_EMPTY;
import static io.capitalist4j.testkit.FieldCheck.DAYS;
import static io.capitalist4j.testkit.FieldCheck.EMAIL;
import static io.capitalist4j.testkit.FieldCheck.MONTH;
import static io.capitalist4j.testkit.FieldCheck.OPCODE;
import static io.capitalist4j.testkit.FieldCheck.PHONE;
import static io.capitalist4j.testkit.FieldCheck.PURSE;
import static io.capitalist4j.testkit.FieldCheck.SBP_BANK;
import static io.capitalist4j.testkit.FieldCheck.TEXT;
import static io.capitalist4j.testkit.FieldCheck.YEAR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's own table of batch line layouts, copied from the reference §7.2 (documented opcodes) and
 * §7.3 (opcodes known from peer clients): per opcode the fields in wire order, what each is checked for, and
 * the RUR limits. It is deliberately not the client's description: a test holds the two against each other
 * and against every example line of the reference, so a mistake in either shows.
 */
final class UploadLayouts {

    /** The currency of BRBANK amounts: the line has no currency field (§7.3), the sandbox reads USD. */
    static final String BRBANK_CURRENCY = "USD";

    /** How the fields of a line become a typed order; the opcodes of one family share a record type. */
    enum Family { CAPITALIST, RUCARD, CARD, SBP, WEBMONEY, WORLDCARD, WALLET, BRBANK }

    record Column(String name, FieldCheck check) {
    }

    /** The per-payment limits of an opcode paid out in RUR (§7.2), checked when the amount is in RUR. */
    record RurLimits(BigDecimal min, BigDecimal max) {
    }

    /**
     * One opcode's layout.
     *
     * @param fieldCounts the numbers of fields a line may have (WM: 6, or 8 with the protection fields)
     * @param rurLimits   min and max per payment when the amount is in RUR, empty when the reference has none
     */
    record Layout(String opcode, Family family, List<Column> columns, List<Integer> fieldCounts,
                  Optional<RurLimits> rurLimits) {

        /** The 0-based position of a field, or -1 when the layout has none of that name. */
        int position(String name) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private static final Map<String, Layout> LAYOUTS = new LinkedHashMap<>();

    static {
        // §7.2, DOC-BATCH
        head("CAPITALIST", Family.CAPITALIST, "account", ACCOUNT);
        add("RUCARD", Family.RUCARD, limits("100", "50000"), withHead("card", CARD,
                col("firstName", TEXT), col("lastName", TEXT)));
        head("RUCARDP2P_DYN", Family.CARD, "card", CARD);
        add("SBP", Family.SBP, limits("500", "150000"), List.of(col("opcode", OPCODE), col("phone", PHONE),
                col("amount", AMOUNT), col("currency", CURRENCY), col("bank", SBP_BANK), col("firstName", TEXT),
                col("lastName", TEXT), col("email", EMAIL), col("paymentNumber", TEXT), col("description", TEXT)));
        head("UKRCARD", Family.CARD, "card", CARD);
        head("KZCARD", Family.CARD, "card", CARD);
        // §7.3, peer clients
        Layout wm = new Layout("WM", Family.WEBMONEY, withHead("purse", PURSE, col("protectionCode", TEXT),
                col("protectionPeriodDays", DAYS)), List.of(6, 8), Optional.empty());
        LAYOUTS.put(wm.opcode(), wm);
        for (String op : List.of("WORLDCARD", "SNGCARD")) {
            add(op, Family.WORLDCARD, Optional.empty(), worldCard(DATE, TEXT, COUNTRY));
        }
        for (String op : List.of("WORLDCARDEUR", "WORLDCARDUSD")) {
            add(op, Family.WORLDCARD, Optional.empty(), worldCard(DATE_OR_EMPTY, ANY, COUNTRY_OR_EMPTY));
        }
        for (String op : List.of("YANDEX", "QIWI", "MEGAFON", "BEELINE", "MTS", "TELE2", "UNIONPAY", "UZCARD",
                "BITCOIN", "ETH", "USDTERC20", "USDTTRC20", "USDCERC20")) {
            head(op, Family.WALLET, "recipient", TEXT);
        }
        add("BRBANK", Family.BRBANK, Optional.empty(), List.of(col("opcode", OPCODE), col("cpf", CPF),
                col("method", TEXT), col("name", TEXT), col("email", EMAIL), col("amount", AMOUNT),
                col("paymentNumber", TEXT), col("description", TEXT)));
    }

    private UploadLayouts() {
    }

    static Optional<Layout> of(String opcode) {
        return Optional.ofNullable(LAYOUTS.get(opcode));
    }

    static List<Layout> all() {
        return List.copyOf(LAYOUTS.values());
    }

    private static Column col(String name, FieldCheck check) {
        return new Column(name, check);
    }

    /** §7.1: opcode, recipient, amount, currency, payment number, description, then the extra fields. */
    private static List<Column> withHead(String recipient, FieldCheck check, Column... extra) {
        List<Column> columns = new ArrayList<>(List.of(col("opcode", OPCODE), col(recipient, check),
                col("amount", AMOUNT), col("currency", CURRENCY), col("paymentNumber", TEXT), col("description", TEXT)));
        columns.addAll(List.of(extra));
        return List.copyOf(columns);
    }

    private static List<Column> worldCard(FieldCheck birthDate, FieldCheck holderText, FieldCheck country) {
        return withHead("card", CARD, col("firstName", TEXT), col("lastName", TEXT), col("birthDate", birthDate),
                col("address", holderText), col("country", country), col("city", holderText),
                col("expiryMonth", MONTH), col("expiryYear", YEAR));
    }

    private static void head(String opcode, Family family, String recipient, FieldCheck check) {
        add(opcode, family, Optional.empty(), withHead(recipient, check));
    }

    private static void add(String opcode, Family family, Optional<RurLimits> limits, List<Column> columns) {
        LAYOUTS.put(opcode, new Layout(opcode, family, columns, List.of(columns.size()), limits));
    }

    private static Optional<RurLimits> limits(String min, String max) {
        return Optional.of(new RurLimits(new BigDecimal(min), new BigDecimal(max)));
    }
}
