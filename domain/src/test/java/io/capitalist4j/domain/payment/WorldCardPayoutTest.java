package io.capitalist4j.domain.payment;

import static io.capitalist4j.domain.Fixtures.usd;
import static io.capitalist4j.domain.payment.OrderAssertions.line;
import static io.capitalist4j.domain.payment.OrderAssertions.names;
import static io.capitalist4j.domain.payment.OrderAssertions.rejectsField;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorldCardPayoutTest {

    private static final CardNumber CARD = CardNumber.of("5555555555554444");
    private static final Optional<LocalDate> BORN = Optional.of(LocalDate.of(1985, 3, 7));

    private static WorldCardPayout full(Opcode opcode) {
        return new WorldCardPayout(opcode, CARD, usd("25"), "9999", "Payout", "Ivan", "Ivanov", BORN, "Lenina 1",
                "KZ", "Almaty", YearMonth.of(2030, 3));
    }

    private static WorldCardPayout withoutHolderDetails(Opcode opcode) {
        return new WorldCardPayout(opcode, CARD, Money.of("25", Currency.EUR), "9999", "Payout", "Ivan", "Ivanov",
                Optional.empty(), "", "", "", YearMonth.of(2030, 3));
    }

    @Test
    void writesFourteenFieldsWithTheExpiryAsMonthAndFourDigitYear() {
        WorldCardPayout order = full(Opcode.WORLDCARD);

        assertThat(line(order)).isEqualTo(
                "WORLDCARD;5555555555554444;25.00;USD;9999;Payout;Ivan;Ivanov;1985-03-07;Lenina 1;KZ;Almaty;03;2030");
        assertThat(names(order)).containsExactly("opcode", "card", "amount", "currency", "paymentNumber",
                "description", "firstName", "lastName", "birthDate", "address", "country", "city", "expiryMonth",
                "expiryYear");
    }

    @Test
    void theEuroAndDollarVariantsMayLeaveTheHolderDetailsEmpty() {
        assertThat(line(withoutHolderDetails(Opcode.WORLDCARDEUR)))
                .isEqualTo("WORLDCARDEUR;5555555555554444;25.00;EUR;9999;Payout;Ivan;Ivanov;;;;;03;2030");
        assertThat(withoutHolderDetails(Opcode.WORLDCARDUSD).fields()).hasSize(14);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WORLDCARD", "SNGCARD"})
    void worldcardAndSngcardNeedBirthDateAddressCountryAndCity(Opcode opcode) {
        assertThat(WorldCardPayout.holderDetailsRequired(opcode)).isTrue();
        rejectsField("birthDate", () -> withoutHolderDetails(opcode));
        rejectsField("address", () -> new WorldCardPayout(opcode, CARD, usd("1"), "1", "d", "I", "I", BORN, "",
                "KZ", "Almaty", YearMonth.of(2030, 3)));
        rejectsField("country", () -> new WorldCardPayout(opcode, CARD, usd("1"), "1", "d", "I", "I", BORN, "a",
                " ", "Almaty", YearMonth.of(2030, 3)));
        rejectsField("city", () -> new WorldCardPayout(opcode, CARD, usd("1"), "1", "d", "I", "I", BORN, "a",
                "KZ", "", YearMonth.of(2030, 3)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"KAZ", "kz", "K", "K1"})
    void rejectsACountryThatIsNotTwoUpperCaseLetters(String country) {
        rejectsField("country", () -> new WorldCardPayout(Opcode.WORLDCARDEUR, CARD, usd("1"), "1", "d", "I", "I",
                Optional.empty(), "", country, "", YearMonth.of(2030, 3)));
    }

    @ParameterizedTest
    @EnumSource(Opcode.class)
    void acceptsOnlyTheFourteenFieldCardOpcodes(Opcode opcode) {
        if (opcode.layout() == Opcode.Layout.WORLDCARD) {
            assertThat(full(opcode).opcode()).isEqualTo(opcode);
        } else {
            rejectsField("opcode", () -> full(opcode));
        }
    }

    @Test
    void requiresNamesAndAFourDigitExpiryYear() {
        rejectsField("firstName", () -> new WorldCardPayout(Opcode.WORLDCARDUSD, CARD, usd("1"), "1", "d", "", "I",
                Optional.empty(), "", "", "", YearMonth.of(2030, 3)));
        rejectsField("lastName", () -> new WorldCardPayout(Opcode.WORLDCARDUSD, CARD, usd("1"), "1", "d", "I", "",
                Optional.empty(), "", "", "", YearMonth.of(2030, 3)));
        rejectsField("expiry", () -> new WorldCardPayout(Opcode.WORLDCARDUSD, CARD, usd("1"), "1", "d", "I", "I",
                Optional.empty(), "", "", "", null));
        rejectsField("expiryYear", () -> new WorldCardPayout(Opcode.WORLDCARDUSD, CARD, usd("1"), "1", "d", "I", "I",
                Optional.empty(), "", "", "", YearMonth.of(999, 3)));
        rejectsField("card", () -> new WorldCardPayout(Opcode.WORLDCARDUSD, null, usd("1"), "1", "d", "I", "I",
                Optional.empty(), "", "", "", YearMonth.of(2030, 3)));
    }

    @Test
    void writesAsciiDigitsWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            for (String tag : new String[] {"ar-EG", "fa-IR", "th-TH-u-nu-thai", "hi-IN-u-nu-deva"}) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                assertThat(line(full(Opcode.WORLDCARD))).as(tag).endsWith(";03;2030").contains(";1985-03-07;");
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}
