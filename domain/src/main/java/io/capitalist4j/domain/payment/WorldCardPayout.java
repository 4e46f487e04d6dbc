package io.capitalist4j.domain.payment;

import io.capitalist4j.domain.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The 14-field card opcodes WORLDCARD, SNGCARD, WORLDCARDEUR and WORLDCARDUSD:
 * {@code OP;card;amount;currency;no;description;first name;last name;birth date YYYY-MM-DD;address;country;city;MM;YYYY}.
 * WORLDCARD and SNGCARD need the holder's birth date, address, country and city; the EUR and USD variants
 * may leave those four empty.
 */
public record WorldCardPayout(Opcode opcode, CardNumber card, Money amount, String paymentNumber, String description,
                              String firstName, String lastName, Optional<LocalDate> birthDate, String address,
                              String country, String city, YearMonth expiry) implements PaymentOrder {

    static final LineLayout<WorldCardPayout> LAYOUT = LineLayout.of(WorldCardPayout.class, "14-field card",
            FieldSpec.opcode(),
            FieldSpec.card("card"),
            FieldSpec.amount("amount"),
            FieldSpec.currency("currency"),
            FieldSpec.text("paymentNumber"),
            FieldSpec.text("description"),
            FieldSpec.text("firstName"),
            FieldSpec.text("lastName"),
            FieldSpec.date("birthDate").mayBeEmptyExceptFor(Opcode.WORLDCARD, Opcode.SNGCARD),
            FieldSpec.text("address").mayBeEmptyExceptFor(Opcode.WORLDCARD, Opcode.SNGCARD),
            FieldSpec.country("country").mayBeEmptyExceptFor(Opcode.WORLDCARD, Opcode.SNGCARD),
            FieldSpec.text("city").mayBeEmptyExceptFor(Opcode.WORLDCARD, Opcode.SNGCARD),
            FieldSpec.month("expiryMonth"),
            FieldSpec.year("expiryYear"));

    public WorldCardPayout {
        LAYOUT.check(opcode, card, amount, paymentNumber, description, firstName, lastName, birthDate, address,
                country, city, expiry);
    }

    /** Whether the holder's birth date, address, country and city are required for {@code opcode}. */
    public static boolean holderDetailsRequired(Opcode opcode) {
        return LAYOUT.field("birthDate").requiredFor().contains(opcode);
    }

    @Override
    public String beneficiary() {
        return card.digits();
    }
}
