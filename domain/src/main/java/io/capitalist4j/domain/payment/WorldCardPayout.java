package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
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
    public List<Field> fields() {
        return List.of(new Field("opcode", opcode.name()), new Field("card", card.digits()),
                new Field("amount", amount.toWire()), new Field("currency", amount.currency().code()),
                new Field("paymentNumber", paymentNumber), new Field("description", description),
                new Field("firstName", firstName), new Field("lastName", lastName),
                new Field("birthDate", birthDate.map(LocalDate::toString).orElse("")),
                new Field("address", address), new Field("country", country), new Field("city", city),
                // Locale.ROOT: the default locale may format digits as non-ASCII (e.g. Arabic-Indic)
                new Field("expiryMonth", String.format(Locale.ROOT, "%02d", expiry.getMonthValue())),
                new Field("expiryYear", Integer.toString(expiry.getYear())));
    }
}
