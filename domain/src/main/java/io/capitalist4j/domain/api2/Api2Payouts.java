package io.capitalist4j.domain.api2;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.batch.BatchValidationException;
import io.capitalist4j.domain.batch.LineProblem;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.payment.BrBankPayout;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import io.capitalist4j.domain.payment.CardPayout;
import io.capitalist4j.domain.payment.Opcode;
import io.capitalist4j.domain.payment.PaymentOrder;
import io.capitalist4j.domain.payment.RuCardPayout;
import io.capitalist4j.domain.payment.SbpPayout;
import io.capitalist4j.domain.payment.WalletPayout;
import io.capitalist4j.domain.payment.WebMoneyPayout;
import io.capitalist4j.domain.payment.WorldCardPayout;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A v1 payment order (one batch line) as an API2 payment request (reference §11.2–§11.3): {@code userRequestId} =
 * the payment number, {@code accountFrom} = the caller's account of the line's currency, {@code amount} = the
 * line's amount at its currency's scale with that currency, {@code comment} = the description (left out when
 * empty), {@code payload.type} and its fields from the line and, where API2 asks for more than a v1 line holds,
 * from the line's {@link Api2LineExtras}. A line that cannot be sent (an opcode API2 has no counterpart for, a
 * missing extra, a value API2's rules refuse) fails before anything is sent, naming the line, the field and why.
 */
public final class Api2Payouts {

    /** The API2 payment type of each v1 opcode that has one; the rest are v1-only. */
    private static final Map<Opcode, String> TYPES = new EnumMap<>(Opcode.class);

    static {
        TYPES.put(Opcode.CAPITALIST, "CAPITALIST");
        TYPES.put(Opcode.RUCARD, "RUCARD");
        TYPES.put(Opcode.RUCARDP2P_DYN, "RUCARDP2PDYN");
        TYPES.put(Opcode.SBP, "SBP");
        TYPES.put(Opcode.KZCARD, "KZCARD");
        TYPES.put(Opcode.UZCARD, "UZCARD");
        TYPES.put(Opcode.WM, "WM");
        TYPES.put(Opcode.WORLDCARDEUR, "WORLDCARDEUR");
        TYPES.put(Opcode.WORLDCARDUSD, "WORLDCARDUSD");
        TYPES.put(Opcode.MEGAFON, "MEGAFON");
        TYPES.put(Opcode.BEELINE, "BEELINE");
        TYPES.put(Opcode.MTS, "MTS");
        TYPES.put(Opcode.TELE2, "TELE2");
        TYPES.put(Opcode.BITCOIN, "BITCOIN");
        TYPES.put(Opcode.ETH, "ETH");
        TYPES.put(Opcode.USDTERC20, "USDTERC20");
        TYPES.put(Opcode.USDTTRC20, "USDTTRC20");
        TYPES.put(Opcode.USDCERC20, "USDCERC20");
        TYPES.put(Opcode.BRBANK, "BRBANK");
    }

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern RU_MOBILE = Pattern.compile("[78][0-9]{10}");
    private static final int MIN_CRYPTO_ADDRESS = 26;
    private static final int MIN_REMARK = 6;

    private Api2Payouts() {
    }

    /** The API2 payment type of this opcode, or empty when it has none (UKRCARD, WORLDCARD, SNGCARD, …). */
    public static Optional<String> typeOf(Opcode opcode) {
        return Optional.ofNullable(TYPES.get(Objects.requireNonNull(opcode, "opcode")));
    }

    /** Whether lines of this opcode can be sent over API2 at all (given the extras it may need). */
    public static boolean supported(Opcode opcode) {
        return typeOf(opcode).isPresent();
    }

    /**
     * The request for this line.
     *
     * @param order       the line's order
     * @param line        its 1-based line number, for the message
     * @param accountFrom your account in the line's currency
     * @param extras      what API2 needs beyond the line ({@link Api2LineExtras#none()} if nothing)
     * @throws BatchValidationException naming the line, the field and why, when the line cannot be sent over API2
     */
    public static Api2PaymentRequest toPaymentRequest(PaymentOrder order, int line, AccountNumber accountFrom,
                                                      Api2LineExtras extras) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(accountFrom, "accountFrom");
        Objects.requireNonNull(extras, "extras");
        Mapping mapping = new Mapping(line);
        Api2Payload payload = payload(order, extras, mapping);
        if (supported(order.opcode())) {
            mapping.accountFrom(order, accountFrom);
        }
        mapping.failIfAny();
        Api2PaymentRequest request = Api2PaymentRequest.of(order.paymentNumber(), accountFrom, order.amount(), payload);
        return order.description().isEmpty() ? request : request.withComment(order.description()); // v1 requires one; kept for safety
    }

    /**
     * Every reason this line cannot be sent over API2 (empty when it can): for checking a whole file before the
     * first payout. {@code accountFrom} is checked when given.
     */
    public static List<LineProblem> problems(PaymentOrder order, int line, Optional<AccountNumber> accountFrom,
                                             Api2LineExtras extras) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(accountFrom, "accountFrom");
        Objects.requireNonNull(extras, "extras");
        Mapping mapping = new Mapping(line);
        payload(order, extras, mapping);
        if (supported(order.opcode())) {
            accountFrom.ifPresent(account -> mapping.accountFrom(order, account));
        }
        return List.copyOf(mapping.problems);
    }

    // One instanceof per variant of PaymentOrder; a test walks the permitted subclasses so that a new one fails the
    // build until it is handled here.
    private static Api2Payload payload(PaymentOrder order, Api2LineExtras extras, Mapping m) {
        Opcode opcode = order.opcode();
        String type = TYPES.get(opcode);
        if (type == null) {
            m.problem("opcode", opcode + " is v1-only: API2 has no payment type for it"
                    + (opcode == Opcode.WORLDCARD ? " (only WORLDCARDEUR and WORLDCARDUSD exist)" : "")
                    + "; send it with API 1");
            return Api2Payload.of(opcode.name());
        }
        Api2Payload p = Api2Payload.of(type);
        if (order instanceof CapitalistTransfer) {
            return p.with("account", ((CapitalistTransfer) order).account().value());
        }
        if (order instanceof RuCardPayout) {
            RuCardPayout o = (RuCardPayout) order;
            m.cardLength(o.card().digits(), 16, 19, "card");
            return p.with("account", o.card().digits())
                    .with("name", o.firstName())
                    .with("surname", o.lastName())
                    .with("midname", m.required(extras.midname(), "midname",
                            "API2 RUCARD needs the card holder's middle name (patronymic), which a v1 line does not"
                                    + " hold; give it as an extra of this line"));
        }
        if (order instanceof CardPayout) {
            CardPayout o = (CardPayout) order;
            if (opcode == Opcode.RUCARDP2P_DYN) {
                m.cardLength(o.card().digits(), 16, 19, "card");
                String why = "API2 RUCARDP2PDYN needs the card holder's first, last and middle name, which a v1"
                        + " RUCARDP2P_DYN line does not hold; give them as extras of this line";
                return p.with("account", o.card().digits())
                        .with("name", m.required(extras.firstName(), "firstName", why))
                        .with("surname", m.required(extras.lastName(), "lastName", why))
                        .with("midname", m.required(extras.midname(), "midname", why));
            }
            return p.with("account", o.card().digits()); // KZCARD: digits only, as CardNumber holds them
        }
        if (order instanceof SbpPayout) {
            SbpPayout o = (SbpPayout) order;
            return p.with("account", o.phone())
                    .with("email", o.email())
                    .with("nspk", m.required(extras.nspk(), "nspk", "API2 SBP needs the NSPK member id of the"
                            + " beneficiary's bank; the line names the bank " + o.bank().code()
                            + ", and no published table maps one onto the other: give the id as an extra of this line"))
                    .with("firstName", o.firstName())
                    .with("lastName", o.lastName());
        }
        if (order instanceof WebMoneyPayout) {
            WebMoneyPayout o = (WebMoneyPayout) order;
            if (o.protectionCode().isPresent() || o.protectionPeriodDays().isPresent()) {
                m.problem("protectionCode", "API2 WM has no protected transfer; the line would be paid"
                        + " unprotected: remove the protection code and period, or send it with API 1");
            }
            return p.with("account", o.purse());
        }
        if (order instanceof WorldCardPayout) {
            WorldCardPayout o = (WorldCardPayout) order;
            m.cardLength(o.card().digits(), 16, 18, "card");
            String why = " is empty; API2 " + type + " requires it (v1 allowed it empty)";
            if (o.birthDate().isEmpty()) {
                m.problem("birthDate", "birthDate" + why);
            }
            m.nonEmpty(o.address(), "address", "address" + why);
            m.nonEmpty(o.city(), "city", "city" + why);
            String country = extras.addressCountryCode().orElse(o.country());
            m.nonEmpty(country, "country", "country" + why);
            return p.with("account", o.card().digits())
                    .with("name", o.firstName())
                    .with("surname", o.lastName())
                    .with("cardCurrency", opcode == Opcode.WORLDCARDEUR ? "EUR" : "USD")
                    .with("birthDate", o.birthDate().map(Object::toString).orElse(""))
                    .with("address", o.address())
                    .with("addressCountryCode", country)
                    .with("addressCity", o.city())
                    .with("cardExpiryMonth", String.format("%02d", o.expiry().getMonthValue()))
                    .with("cardExpiryYear", String.format("%04d", o.expiry().getYear()));
        }
        if (order instanceof WalletPayout) {
            WalletPayout o = (WalletPayout) order;
            String recipient = o.recipient();
            switch (opcode) {
                case MEGAFON: case BEELINE: case MTS: case TELE2:
                    if (!RU_MOBILE.matcher(recipient).matches()) {
                        m.problem("recipient", "API2 " + type + " takes a Russian phone number of 11 digits starting"
                                + " with 7 or 8: '" + recipient + "'");
                    }
                    break;
                case UZCARD:
                    if (!DIGITS.matcher(recipient).matches()) {
                        m.problem("recipient", "API2 UZCARD takes the card number as digits only: '" + recipient + "'");
                    }
                    break;
                default: // crypto
                    if (recipient.length() < MIN_CRYPTO_ADDRESS) {
                        m.problem("recipient", "API2 " + type + " takes a wallet address of at least "
                                + MIN_CRYPTO_ADDRESS + " characters: '" + recipient + "'");
                    }
            }
            return p.with("account", recipient);
        }
        if (order instanceof BrBankPayout) {
            BrBankPayout o = (BrBankPayout) order;
            if (!"PIX".equalsIgnoreCase(o.method())) {
                m.problem("method", "API2 BRBANK pays by PIX only and has no method field: '" + o.method() + "'");
            }
            String remark = extras.additionalRemark().orElse(o.description());
            if (remark.strip().length() < MIN_REMARK) {
                m.problem(extras.additionalRemark().isPresent() ? "additionalRemark" : "description",
                        "API2 BRBANK's additionalRemark (the line's description unless given as an extra) needs at"
                                + " least " + MIN_REMARK + " characters: '" + remark + "'");
            }
            return p.with("taxId", o.cpf())
                    .with("name", o.name())
                    .with("email", o.email())
                    .with("additionalRemark", remark);
        }
        throw new IllegalStateException("no API2 mapping for " + order.getClass().getSimpleName());
    }

    /** The problems of one line, collected so that a file is checked whole. */
    private static final class Mapping {
        final int line;
        final List<LineProblem> problems = new ArrayList<>();

        Mapping(int line) {
            if (line < 1) {
                throw new IllegalArgumentException("line numbers start at 1: " + line);
            }
            this.line = line;
        }

        void problem(String field, String reason) {
            problems.add(new LineProblem(line, field, reason));
        }

        String required(Optional<String> value, String field, String why) {
            if (value.isEmpty() || value.get().isBlank()) {
                problem(field, value.isEmpty() ? why : field + " is blank; " + why);
                return "";
            }
            return value.get();
        }

        void nonEmpty(String value, String field, String why) {
            if (value == null || value.isBlank()) {
                problem(field, why);
            }
        }

        void cardLength(String digits, int min, int max, String field) {
            if (digits.length() < min || digits.length() > max) {
                problem(field, "API2 takes " + min + " to " + max + " digits here, the card has " + digits.length());
            }
        }

        void accountFrom(PaymentOrder order, AccountNumber account) {
            Currency currency = order.amount().currency();
            account.currency().filter(c -> !c.equals(currency)).ifPresent(c -> problem("accountFrom",
                    "account " + account + " holds " + c + " but the line pays " + currency
                            + "; give an account in " + currency));
        }

        void failIfAny() {
            if (!problems.isEmpty()) {
                throw new BatchValidationException(problems);
            }
        }
    }
}
