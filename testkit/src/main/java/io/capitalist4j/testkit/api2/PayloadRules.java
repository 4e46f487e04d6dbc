package io.capitalist4j.testkit.api2;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The payload checks of reference §5, one rule set per {@code type}, written from the reference's tables: every
 * listed field is required; strings must be JSON strings, numbers JSON numbers; the format rules are those the
 * reference states (and where the reference contradicts itself, the laxer reading, as noted). The first problem
 * answers 400 {@code {"error": "payload.<field>: <reason>"}}.
 */
final class PayloadRules {

    /** The context a rule may need: the current year (card expiry "in the future"). */
    record Context(int year) {
    }

    private interface Rule extends BiConsumer<JsonNode, Context> {
    }

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern ALNUM = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2,3}");
    private static final Pattern CAPITALIST_ACCOUNT = Pattern.compile("[A-Z][0-9]+");

    static final Set<String> CRYPTO = Set.of("BITCOIN", "ETH", "USDCERC20", "USDTERC20", "USDTTRC20", "USDCBSC",
            "USDTBSC");

    private static final Map<String, Rule> RULES = new HashMap<>();

    static {
        Rule ruCard = (p, c) -> {
            digits(p, "account", 16, 19);
            text(p, "name");
            text(p, "surname");
            text(p, "midname");
        };
        for (String t : List.of("RUCARD", "RUCARDP2P", "RUCARDP2PDYN")) {
            RULES.put(t, ruCard);
        }
        RULES.put("TRCARD", (p, c) -> {
            String card = digits(p, "account", 16, 16);
            if ("459".indexOf(card.charAt(0)) < 0) {
                fail("account", "a Turkish card starts with 4, 5 or 9");
            }
            text(p, "senderFullname");
            digits(p, "senderIdentityNumber", 11, 11);
            text(p, "beneficiaryFullname");
        });
        RULES.put("GECARD", (p, c) -> texts(p, "account", "senderFirstname", "senderLastname",
                "senderIdentityNumber", "receiverFirstname", "receiverLastname"));
        RULES.put("AZCARD", (p, c) -> {
            text(p, "account");
            expiry(p, c, true);
        });
        RULES.put("KZCARD", (p, c) -> digits(p, "account", 1, Integer.MAX_VALUE));
        RULES.put("UZCARD", (p, c) -> digits(p, "account", 1, Integer.MAX_VALUE));
        for (String cur : List.of("EUR", "USD")) {
            RULES.put("WORLDCARD" + cur, (p, c) -> {
                digits(p, "account", 16, 18);
                texts(p, "name", "surname", "address", "addressCity");
                if (!text(p, "cardCurrency").equals(cur)) {
                    fail("cardCurrency", "must be " + cur + " for WORLDCARD" + cur);
                }
                date(p, "birthDate");
                country(p, "addressCountryCode");
                expiry(p, c, false);
            });
        }
        RULES.put("ARBANK", (p, c) -> {
            matches(p, "account", ALNUM, "letters and digits only");
            digits(p, "taxId", 11, 11);
            digits(p, "cbu", 22, 22);
        });
        RULES.put("BRBANK", (p, c) -> {
            digits(p, "taxId", 11, 11);
            text(p, "name");
            email(p, "email");
            if (text(p, "additionalRemark").length() < 6) {
                fail("additionalRemark", "at least 6 characters");
            }
        });
        RULES.put("COBANK", (p, c) -> {
            digits(p, "taxId", 9, 11);
            text(p, "fullName");
            email(p, "email");
            digits(p, "phone", 11, 15);
        });
        Map<String, String> asianBanks = Map.of("MALAYSIA_BANK", "my", "INDONESIA_BANK", "id", "THAILAND_BANK", "th",
                "SOUTH_KOREA_BANK", "kr");
        asianBanks.forEach((type, country) -> RULES.put(type, (p, c) -> {
            digits(p, "account", 1, Integer.MAX_VALUE);
            JsonNode d = object(p, "destination");
            nested(d, "destination.", "bankCode", "accountName", "accountNumber");
            JsonNode r = object(p, "recipient");
            nested(r, "recipient.", "firstName", "lastName", "email", "phone", "zipCode", "city", "address", "country");
            if (!r.get("country").asText().equals(country)) {
                fail("recipient.country", "must be \"" + country + "\" for " + type);
            }
        }));
        Rule ruPhone = (p, c) -> {
            String phone = digits(p, "account", 11, 11);
            if (phone.charAt(0) != '7' && phone.charAt(0) != '8') {
                fail("account", "a Russian phone number starts with 7 or 8");
            }
        };
        for (String t : List.of("MEGAFON", "TMOBILE", "BEELINE", "MTS", "TELE2", "YOTA")) {
            RULES.put(t, ruPhone);
        }
        RULES.put("SBP", (p, c) -> {
            digits(p, "account", 1, Integer.MAX_VALUE);
            email(p, "email");
            texts(p, "nspk", "firstName", "lastName");
        });
        RULES.put("IMPS", (p, c) -> {
            digits(p, "account", 1, Integer.MAX_VALUE);
            text(p, "account_name");
            // the reference says "digits only" but IFSC codes and its own example have letters: letters accepted
            matches(p, "bank_code", ALNUM, "letters and digits only");
        });
        for (String t : List.of("PAYONEER", "PAYONEER_EUR", "PAYONEER_USD", "PAGS_CHWALLET")) {
            RULES.put(t, (p, c) -> email(p, "account"));
        }
        for (String t : List.of("EUR_NETELLER", "EUR_SKRILL")) {
            RULES.put(t, (p, c) -> {
                email(p, "wallet_email");
                texts(p, "name", "surname", "city", "address", "zip", "code", "client_ip");
                String country = country(p, "country");
                digits(p, "phone", 1, Integer.MAX_VALUE);
                if (Set.of("US", "USA", "CA", "CAN").contains(country)) {
                    matches(p, "state", Pattern.compile("[A-Z]{2}"), "an ISO alpha-2 state code");
                }
            });
        }
        RULES.put("PAYTM", (p, c) -> digits(p, "account", 1, Integer.MAX_VALUE));
        RULES.put("GCASH", (p, c) -> {
            text(p, "account");
            nested(object(p, "receiver"), "receiver.", "surName", "givName", "phone");
            nested(object(p, "sender"), "sender.", "purposeOfRemittance");
            number(p, "receiveAmount");
            texts(p, "receiveCurrency", "channelCode", "channelName");
        });
        RULES.put("WM", (p, c) -> matches(p, "account", ALNUM, "letters and digits only"));
        RULES.put("PAGS_MXSPEI", (p, c) -> {
            texts(p, "name", "bankCode", "account", "documentId");
            oneOf(p, "accountType", "clabe", "phone", "debit");
            oneOf(p, "documentType", "RFC", "CURP");
        });
        RULES.put("PAGS_COWALLET", (p, c) -> {
            text(p, "account");
            oneOf(p, "channel", "Nequi", "Tpaga");
            email(p, "email");
        });
        RULES.put("PAGS_COTRAN", (p, c) -> {
            if (!digits(p, "account", 12, 14).startsWith("57")) {
                fail("account", "starts with 57");
            }
            text(p, "name");
            String number = text(p, "documentNumber");
            String type = oneOf(p, "documentType", "CC", "CE", "PEP");
            boolean ok = type.equals("CC") ? number.matches("[0-9]{6,10}")
                    : type.equals("CE") ? number.length() <= 12 : number.matches("[0-9]{1,15}");
            if (!ok) {
                fail("documentNumber", type.equals("CC") ? "6 to 10 digits for CC"
                        : type.equals("CE") ? "at most 12 characters for CE" : "at most 15 digits for PEP");
            }
        });
        RULES.put("EPAY_EPAY_E_VN_ZALO", (p, c) -> {
            text(p, "account");
            nested(object(p, "receiver"), "receiver.", "surName", "givName", "phone");
            nested(object(p, "sender"), "sender.", "surName", "country", "address", "purposeOfRemittance");
            texts(p, "receiveAmount", "receiveCurrency");
        });
        RULES.put("EPAY_EPAY_E_BD_BKASH", (p, c) -> {
            text(p, "account");
            nested(object(p, "receiver"), "receiver.", "surName", "givName", "accountNo");
            nested(object(p, "sender"), "sender.", "givName", "surName", "area", "phone", "nationality", "idType",
                    "idNumber", "birthday", "city", "zipCode", "country", "address", "purposeOfRemittance");
            texts(p, "receiveAmount", "receiveCurrency");
        });
        for (String t : CRYPTO) {
            RULES.put(t, (p, c) -> {
                if (text(p, "account").length() < 26) {
                    fail("account", "a wallet address has at least 26 characters");
                }
            });
        }
        RULES.put("STEAM", (p, c) -> texts(p, "account", "ip"));
        RULES.put("TOPUP_SERVICE", (p, c) -> {
            number(p, "serviceId");
            text(p, "account");
            number(p, "quantity");
            if (p.has("region")) {
                text(p, "region");
            }
        });
        RULES.put("BUY_ITEM", (p, c) -> {
            number(p, "productId");
            number(p, "denominationId");
        });
        RULES.put("CAPITALIST", (p, c) -> matches(p, "account", CAPITALIST_ACCOUNT,
                "a Capitalist account number: a capital letter and digits"));
    }

    private PayloadRules() {
    }

    static boolean isKnownType(String type) {
        return RULES.containsKey(type);
    }

    /** Checks {@code payload} for {@code type}; throws a 400 naming the first bad field. */
    static void check(String type, JsonNode payload, Context context) {
        Rule rule = RULES.get(type);
        if (rule == null) {
            throw Api2Error.badRequest("payload.type: unknown payment type " + type);
        }
        rule.accept(payload, context);
    }

    // ------------------------------------------------------------------ field checks

    private static String text(JsonNode p, String field) {
        return text(p, "", field);
    }

    private static String text(JsonNode p, String prefix, String field) {
        JsonNode v = p.get(field);
        if (v == null || v.isNull()) {
            fail(prefix + field, "required");
        }
        if (!v.isTextual()) {
            fail(prefix + field, "must be a string");
        }
        if (v.asText().isBlank()) {
            fail(prefix + field, "must not be empty");
        }
        return v.asText();
    }

    private static void texts(JsonNode p, String... fields) {
        for (String f : fields) {
            text(p, "", f);
        }
    }

    private static void nested(JsonNode p, String prefix, String... fields) {
        for (String f : fields) {
            text(p, prefix, f);
        }
    }

    private static String digits(JsonNode p, String field, int min, int max) {
        String v = text(p, field);
        if (!DIGITS.matcher(v).matches()) {
            fail(field, "digits only");
        }
        if (v.length() < min || v.length() > max) {
            fail(field, min == max ? "exactly " + min + " digits"
                    : max == Integer.MAX_VALUE ? "at least " + min + " digits" : min + " to " + max + " digits");
        }
        return v;
    }

    private static void matches(JsonNode p, String field, Pattern pattern, String rule) {
        if (!pattern.matcher(text(p, field)).matches()) {
            fail(field, rule);
        }
    }

    private static void email(JsonNode p, String field) {
        matches(p, field, EMAIL, "an e-mail address");
    }

    private static String country(JsonNode p, String field) {
        String v = text(p, field);
        if (!COUNTRY.matcher(v).matches()) {
            fail(field, "an ISO country code (alpha-2 or alpha-3, capitals)");
        }
        return v;
    }

    private static String oneOf(JsonNode p, String field, String... allowed) {
        String v = text(p, field);
        if (!List.of(allowed).contains(v)) {
            fail(field, "one of " + String.join(", ", allowed));
        }
        return v;
    }

    private static void number(JsonNode p, String field) {
        JsonNode v = p.get(field);
        if (v == null || v.isNull()) {
            fail(field, "required");
        }
        if (!v.isNumber()) {
            fail(field, "must be a JSON number");
        }
    }

    private static JsonNode object(JsonNode p, String field) {
        JsonNode v = p.get(field);
        if (v == null || v.isNull()) {
            fail(field, "required");
        }
        if (!v.isObject()) {
            fail(field, "must be an object");
        }
        return v;
    }

    private static void date(JsonNode p, String field) {
        String v = text(p, field);
        try {
            if (!v.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw new DateTimeException(v);
            }
            LocalDate.parse(v);
        } catch (DateTimeException e) {
            fail(field, "a date YYYY-MM-DD");
        }
    }

    private static void expiry(JsonNode p, Context c, boolean future) {
        String month = text(p, "cardExpiryMonth");
        if (!month.matches("0[1-9]|1[0-2]")) {
            fail("cardExpiryMonth", "two digits 01 to 12");
        }
        String year = text(p, "cardExpiryYear");
        if (!year.matches("[0-9]{4}")) {
            fail("cardExpiryYear", "four digits");
        }
        if (future && Integer.parseInt(year) < c.year()) {
            fail("cardExpiryYear", "must not be in the past");
        }
    }

    private static void fail(String field, String reason) {
        throw Api2Error.badRequest("payload." + field + ": " + reason);
    }
}
