package io.capitalist4j.domain.api2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.domain.Fixtures;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.batch.BatchValidationException;
import io.capitalist4j.domain.batch.LineProblem;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Api2PayoutsTest {

    private static final AccountNumber RUR_ACCOUNT = AccountNumber.of("R0123505");
    private static final AccountNumber USD_ACCOUNT = AccountNumber.of("U0123504");
    private static final AccountNumber EUR_ACCOUNT = AccountNumber.of("E0123509");
    private static final Api2LineExtras NONE = Api2LineExtras.none();

    private static final Set<Opcode> V1_ONLY = EnumSet.of(Opcode.UKRCARD, Opcode.WORLDCARD, Opcode.SNGCARD,
            Opcode.YANDEX, Opcode.QIWI, Opcode.UNIONPAY);

    private static List<LineProblem> failure(Runnable mapping) {
        List<LineProblem> problems = new ArrayList<>();
        assertThatThrownBy(mapping::run).isInstanceOfSatisfying(BatchValidationException.class,
                e -> problems.addAll(e.problems()));
        return problems;
    }

    @Test
    void aCapitalistTransferTakesItsNumberDescriptionAmountAndAccount() {
        PaymentOrder order = new CapitalistTransfer(AccountNumber.of("R0000002"), Money.of("1500", Currency.RUR),
                "PAY-0001", "Partner payout April");
        Api2PaymentRequest request = Api2Payouts.toPaymentRequest(order, 1, RUR_ACCOUNT, NONE);
        assertThat(request.userRequestId()).isEqualTo("PAY-0001");
        assertThat(request.accountFrom()).isEqualTo(RUR_ACCOUNT);
        assertThat(request.amount().amount()).isEqualTo(new BigDecimal("1500.00"));
        assertThat(request.amount().amount().scale()).isEqualTo(2);
        assertThat(request.comment()).contains("Partner payout April");
        assertThat(request.callbackUrl()).isEmpty();
        assertThat(request.payload().type()).isEqualTo("CAPITALIST");
        assertThat(request.payload().fields()).containsExactly(Map.entry("account", "R0000002"));
    }

    @Test
    void aRuCardLineWithTheMiddleNameGivesTheFourFieldsInTheReferenceOrder() {
        PaymentOrder order = new RuCardPayout(CardNumber.of(Fixtures.CARD), Money.of("3000", Currency.RUR), "PAY-0003",
                "Выплата за апрель", "Иван", "Петров");
        Api2PaymentRequest request = Api2Payouts.toPaymentRequest(order, 3, RUR_ACCOUNT,
                NONE.withMidname("Сергеевич"));
        assertThat(request.payload().type()).isEqualTo("RUCARD");
        assertThat(new ArrayList<>(request.payload().fields().entrySet())).containsExactly(
                Map.entry("account", Fixtures.CARD), Map.entry("name", "Иван"), Map.entry("surname", "Петров"),
                Map.entry("midname", "Сергеевич"));
    }

    @Test
    void aRuCardLineWithoutTheMiddleNameFailsNamingLineFieldAndWhy() {
        PaymentOrder order = Fixtures.example(Opcode.RUCARD, "N-7");
        List<LineProblem> problems = failure(() -> Api2Payouts.toPaymentRequest(order, 7, RUR_ACCOUNT, NONE));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.field()).isEqualTo("midname");
            assertThat(p.reason()).contains("middle name").contains("extra");
        });
    }

    @Test
    void aBlankMiddleNameIsNoMiddleName() {
        PaymentOrder order = Fixtures.example(Opcode.RUCARD, "N-7");
        assertThat(failure(() -> Api2Payouts.toPaymentRequest(order, 2, RUR_ACCOUNT, NONE.withMidname("  "))))
                .extracting(LineProblem::field).containsExactly("midname");
    }

    @Test
    void aRuCardP2pDynLineBecomesRucardp2pdynWithTheHolderFromTheExtras() {
        PaymentOrder order = new CardPayout(Opcode.RUCARDP2P_DYN, CardNumber.of(Fixtures.CARD),
                Money.of("250", Currency.RUR), "P-1", "Payout");
        Api2PaymentRequest request = Api2Payouts.toPaymentRequest(order, 1, RUR_ACCOUNT,
                NONE.withHolder("Ivan", "Petrov", "Sergeevich"));
        assertThat(request.payload().type()).isEqualTo("RUCARDP2PDYN");
        assertThat(new ArrayList<>(request.payload().fields().entrySet())).containsExactly(
                Map.entry("account", Fixtures.CARD), Map.entry("name", "Ivan"), Map.entry("surname", "Petrov"),
                Map.entry("midname", "Sergeevich"));
    }

    @Test
    void aRuCardP2pDynLineWithoutNamesFailsForEachOfTheThree() {
        PaymentOrder order = new CardPayout(Opcode.RUCARDP2P_DYN, CardNumber.of(Fixtures.CARD),
                Money.of("250", Currency.RUR), "P-1", "Payout");
        assertThat(failure(() -> Api2Payouts.toPaymentRequest(order, 4, RUR_ACCOUNT, NONE)))
                .extracting(LineProblem::line, LineProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "firstName"),
                        org.assertj.core.groups.Tuple.tuple(4, "lastName"),
                        org.assertj.core.groups.Tuple.tuple(4, "midname"));
    }

    @Test
    void anSbpLineTakesTheNspkIdFromTheExtrasAndTheRestFromTheLine() {
        PaymentOrder order = new SbpPayout("79030001122", Money.of("500", Currency.RUR), SbpBank.SBERBANK, "Ivan",
                "Ivanov", "ivan@example.com", "S-1", "Payout");
        Api2PaymentRequest request = Api2Payouts.toPaymentRequest(order, 1, RUR_ACCOUNT,
                NONE.withNspk("100000000111"));
        assertThat(request.payload().type()).isEqualTo("SBP");
        assertThat(new ArrayList<>(request.payload().fields().entrySet())).containsExactly(
                Map.entry("account", "79030001122"), Map.entry("email", "ivan@example.com"),
                Map.entry("nspk", "100000000111"), Map.entry("firstName", "Ivan"), Map.entry("lastName", "Ivanov"));
    }

    @Test
    void anSbpLineWithoutTheNspkIdFailsNamingTheBankItHas() {
        PaymentOrder order = Fixtures.example(Opcode.SBP, "S-2");
        assertThat(failure(() -> Api2Payouts.toPaymentRequest(order, 9, RUR_ACCOUNT, NONE)))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("nspk");
                    assertThat(p.reason()).contains("Sberbank").contains("NSPK");
                });
    }

    @Test
    void aKzCardLineMapsDirectly() {
        PaymentOrder order = new CardPayout(Opcode.KZCARD, CardNumber.of(Fixtures.CARD), Money.of("10", Currency.USD),
                "K-1", "Payout");
        Api2PaymentRequest request = Api2Payouts.toPaymentRequest(order, 1, USD_ACCOUNT, NONE);
        assertThat(request.payload().type()).isEqualTo("KZCARD");
        assertThat(request.payload().fields()).containsExactly(Map.entry("account", Fixtures.CARD));
    }

    @Test
    void anUzCardLineMapsDirectlyWhenItsNumberIsDigitsAndFailsOtherwise() {
        PaymentOrder good = new WalletPayout(Opcode.UZCARD, "8600123412341234", Money.of("10", Currency.USD), "U-1", "x");
        assertThat(Api2Payouts.toPaymentRequest(good, 1, USD_ACCOUNT, NONE).payload())
                .isEqualTo(Api2Payload.of("UZCARD").with("account", "8600123412341234"));
        PaymentOrder bad = new WalletPayout(Opcode.UZCARD, "8600-1234", Money.of("10", Currency.USD), "U-2", "x");
        assertThat(failure(() -> Api2Payouts.toPaymentRequest(bad, 5, USD_ACCOUNT, NONE)))
                .extracting(LineProblem::field).containsExactly("recipient");
    }

    @Test
    void aWebMoneyLineWithoutProtectionMapsAndOneWithProtectionIsRefusedRatherThanPaidUnprotected() {
        PaymentOrder plain = WebMoneyPayout.of("Z112224443331", Money.of("15.5", Currency.USD), "PAY-0006", "WM payout");
        Api2PaymentRequest request = Api2Payouts.toPaymentRequest(plain, 1, USD_ACCOUNT, NONE);
        assertThat(request.payload()).isEqualTo(Api2Payload.of("WM").with("account", "Z112224443331"));
        assertThat(request.amount().amount()).isEqualTo(new BigDecimal("15.50"));

        PaymentOrder protectedOne = Fixtures.example(Opcode.WM, "W-2");
        assertThat(failure(() -> Api2Payouts.toPaymentRequest(protectedOne, 2, USD_ACCOUNT, NONE)))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("protectionCode");
                    assertThat(p.reason()).contains("unprotected");
                });
    }

    @Test
    void aWorldCardEurLineWithEveryHolderDetailGivesTheTenFields() {
        PaymentOrder order = new WorldCardPayout(Opcode.WORLDCARDEUR, CardNumber.of("5555555555554444"),
                Money.of("25", Currency.EUR), "E-1", "Payout", "Ivan", "Ivanov", Optional.of(LocalDate.of(1985, 3, 7)),
                "Lenina 1", "KZ", "Almaty", YearMonth.of(2030, 3));
        Api2PaymentRequest request = Api2Payouts.toPaymentRequest(order, 1, EUR_ACCOUNT,
                NONE.withAddressCountryCode("KAZ"));
        assertThat(request.payload().type()).isEqualTo("WORLDCARDEUR");
        assertThat(new ArrayList<>(request.payload().fields().entrySet())).containsExactly(
                Map.entry("account", "5555555555554444"), Map.entry("name", "Ivan"), Map.entry("surname", "Ivanov"),
                Map.entry("cardCurrency", "EUR"), Map.entry("birthDate", "1985-03-07"),
                Map.entry("address", "Lenina 1"), Map.entry("addressCountryCode", "KAZ"),
                Map.entry("addressCity", "Almaty"), Map.entry("cardExpiryMonth", "03"),
                Map.entry("cardExpiryYear", "2030"));
    }

    @Test
    void aWorldCardUsdLineWithEmptyHolderDetailsFailsForEachOne() {
        PaymentOrder order = new WorldCardPayout(Opcode.WORLDCARDUSD, CardNumber.of("5555555555554444"),
                Money.of("25", Currency.USD), "E-2", "Payout", "Ivan", "Ivanov", Optional.empty(), "", "", "",
                YearMonth.of(2030, 3));
        assertThat(failure(() -> Api2Payouts.toPaymentRequest(order, 11, USD_ACCOUNT, NONE)))
                .extracting(LineProblem::field).containsExactly("birthDate", "address", "city", "country");
    }

    @Test
    void mobileTopUpsTakeAnElevenDigitRussianNumber() {
        for (Opcode op : List.of(Opcode.MEGAFON, Opcode.BEELINE, Opcode.MTS, Opcode.TELE2)) {
            PaymentOrder good = new WalletPayout(op, "79031234567", Money.of("100", Currency.RUR), "M-1", "top-up");
            assertThat(Api2Payouts.toPaymentRequest(good, 1, RUR_ACCOUNT, NONE).payload())
                    .isEqualTo(Api2Payload.of(op.name()).with("account", "79031234567"));
            PaymentOrder bad = new WalletPayout(op, "9031234567", Money.of("100", Currency.RUR), "M-2", "top-up");
            assertThat(failure(() -> Api2Payouts.toPaymentRequest(bad, 3, RUR_ACCOUNT, NONE)))
                    .extracting(LineProblem::field).containsExactly("recipient");
        }
    }

    @Test
    void cryptoPayoutsKeepTheCurrencysEightPlacesAndNeedAnAddressOfTwentySixCharacters() {
        String address = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh";
        PaymentOrder order = new WalletPayout(Opcode.BITCOIN, address, Money.of("0.0015", Currency.BTC), "B-1", "btc");
        Api2PaymentRequest request = Api2Payouts.toPaymentRequest(order, 1, AccountNumber.of("B0000001"), NONE);
        assertThat(request.amount().amount().toPlainString()).isEqualTo("0.00150000");
        assertThat(request.payload()).isEqualTo(Api2Payload.of("BITCOIN").with("account", address));
        for (Opcode op : List.of(Opcode.ETH, Opcode.USDTERC20, Opcode.USDTTRC20, Opcode.USDCERC20)) {
            assertThat(Api2Payouts.typeOf(op)).contains(op.name());
        }
        PaymentOrder shortOne = Fixtures.example(Opcode.ETH, "B-2");
        assertThat(failure(() -> Api2Payouts.toPaymentRequest(shortOne, 2, USD_ACCOUNT, NONE)))
                .extracting(LineProblem::field).containsExactly("recipient");
    }

    @Test
    void aBrazilianPixLineSendsTheCpfAsTaxIdAndTheDescriptionAsTheRemark() {
        PaymentOrder order = BrBankPayout.pix("06971135800", "John Smith", "j.smith@example.com",
                Money.of("1", Currency.USD), "BR-1", "Invoice 2026-04");
        Api2PaymentRequest request = Api2Payouts.toPaymentRequest(order, 1, USD_ACCOUNT, NONE);
        assertThat(new ArrayList<>(request.payload().fields().entrySet())).containsExactly(
                Map.entry("taxId", "06971135800"), Map.entry("name", "John Smith"),
                Map.entry("email", "j.smith@example.com"), Map.entry("additionalRemark", "Invoice 2026-04"));
        assertThat(request.payload().fields()).doesNotContainKey("account");
    }

    @Test
    void aBrazilianLineWithAShortRemarkOrAnotherMethodFails() {
        PaymentOrder shortRemark = Fixtures.example(Opcode.BRBANK, "BR-2"); // description "Payout": 6 characters
        assertThat(Api2Payouts.problems(shortRemark, 1, Optional.empty(), NONE)).isEmpty();
        assertThat(Api2Payouts.problems(shortRemark, 1, Optional.empty(), NONE.withAdditionalRemark("Pay")))
                .extracting(LineProblem::field).containsExactly("additionalRemark");
        PaymentOrder ted = new BrBankPayout("06971135800", "TED", "John", "j@example.com", Money.of("1", Currency.USD),
                "BR-3", "Invoice 1");
        assertThat(failure(() -> Api2Payouts.toPaymentRequest(ted, 6, USD_ACCOUNT, NONE)))
                .extracting(LineProblem::field).containsExactly("method");
    }

    @Test
    void opcodesWithoutAnApi2CounterpartFailSayingTheyAreV1Only() {
        for (Opcode op : V1_ONLY) {
            PaymentOrder order = Fixtures.example(op, "V-1");
            assertThat(Api2Payouts.supported(op)).as("%s", op).isFalse();
            assertThat(failure(() -> Api2Payouts.toPaymentRequest(order, 8, USD_ACCOUNT, Api2LineExtras.none())))
                    .singleElement().satisfies(p -> {
                        assertThat(p.line()).isEqualTo(8);
                        assertThat(p.field()).isEqualTo("opcode");
                        assertThat(p.reason()).contains(op.name()).contains("v1-only");
                    });
        }
    }

    @Test
    void everyOpcodeIsEitherMappedOrDeclaredV1Only() {
        for (Opcode op : Opcode.values()) {
            assertThat(Api2Payouts.supported(op)).as("%s", op).isEqualTo(!V1_ONLY.contains(op));
        }
    }

    /** A new PaymentOrder variant must get a mapping: each permitted subclass is mapped without an internal error. */
    @Test
    void everyPaymentOrderVariantIsHandled() {
        Set<Class<?>> seen = new java.util.HashSet<>();
        for (Opcode op : Opcode.values()) {
            PaymentOrder order = Fixtures.example(op, "X-1");
            seen.add(order.getClass());
            Api2Payouts.problems(order, 1, Optional.empty(), Api2LineExtras.none().withMidname("M")
                    .withHolder("F", "L", "M").withNspk("100000000004"));
        }
        assertThat(seen).containsExactlyInAnyOrder(PaymentOrder.class.getPermittedSubclasses());
    }

    @Test
    void anAccountOfAnotherCurrencyIsRefusedForTheLine() {
        PaymentOrder order = Fixtures.capitalist("C-1", Fixtures.rur("10"));
        assertThat(failure(() -> Api2Payouts.toPaymentRequest(order, 2, USD_ACCOUNT, NONE)))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("accountFrom");
                    assertThat(p.reason()).contains("USD").contains("RUR");
                });
    }

    @Test
    void everyProblemOfALineIsReportedAtOnce() {
        PaymentOrder order = new CardPayout(Opcode.RUCARDP2P_DYN, CardNumber.of(Fixtures.CARD),
                Money.of("250", Currency.RUR), "P-1", "Payout");
        assertThat(Api2Payouts.problems(order, 1, Optional.of(USD_ACCOUNT), NONE))
                .extracting(LineProblem::field).containsExactly("firstName", "lastName", "midname", "accountFrom");
    }
}
