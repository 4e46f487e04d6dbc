package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 14-field card opcodes WORLDCARD, SNGCARD, WORLDCARDEUR and WORLDCARDUSD:
 * {@code OP;card;amount;currency;no;description;first name;last name;birth date YYYY-MM-DD;address;country;city;MM;YYYY}.
 * WORLDCARD and SNGCARD need the holder's birth date, address, country and city; the EUR and USD variants
 * may leave those four empty.
 */
public record WorldCardPayout(Opcode opcode, CardNumber card, Money amount, String paymentNumber, String description,
                              String firstName, String lastName, Optional<LocalDate> birthDate, String address,
                              String country, String city, YearMonth expiry) implements PaymentOrder {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public WorldCardPayout {
        Rules.layout(opcode, Opcode.Layout.WORLDCARD, "14-field card");
        Rules.present("card", card);
        Rules.positive("amount", amount);
        Rules.required("paymentNumber", paymentNumber);
        Rules.required("description", description);
        Rules.required("firstName", firstName);
        Rules.required("lastName", lastName);
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(city, "city");
        Rules.present("expiry", expiry);
        if (expiry.getYear() < 1000 || expiry.getYear() > 9999) {
            throw new InvalidFieldException("expiryYear", "must have four digits: " + expiry.getYear());
        }
        if (holderDetailsRequired(opcode)) {
            if (birthDate.isEmpty()) {
                throw new InvalidFieldException("birthDate", "is required for " + opcode);
            }
            Rules.required("address", address);
            Rules.required("country", country);
            Rules.required("city", city);
        }
        if (!country.isEmpty() && !COUNTRY.matcher(country).matches()) {
            throw new InvalidFieldException("country", "must be an ISO 3166 alpha-2 code such as DE: '" + country + "'");
        }
    }

    public static boolean holderDetailsRequired(Opcode opcode) {
        return opcode == Opcode.WORLDCARD || opcode == Opcode.SNGCARD;
    }

    @Override
    public String beneficiary() {
        return card.digits();
    }

    @Override
    public void forEachField(FieldSink sink) {
        Rules.commonHead(sink, opcode, "card", card.digits(), amount, paymentNumber, description);
        sink.field("firstName", firstName);
        sink.field("lastName", lastName);
        sink.field("birthDate", birthDate.isPresent() ? birthDate.get().toString() : "");
        sink.field("address", address);
        sink.field("country", country);
        sink.field("city", city);
        sink.field("expiryMonth", twoDigits(expiry.getMonthValue()));
        sink.field("expiryYear", Integer.toString(expiry.getYear()));
    }

    /**
     * 1 to 12 as {@code 01} to {@code 12}: ASCII digits whatever the default locale (which could format them
     * as, say, Arabic-Indic), and without a {@code Formatter}, which costs more than the rest of the line.
     */
    private static String twoDigits(int month) {
        return month < 10 ? "0" + month : Integer.toString(month);
    }
}
