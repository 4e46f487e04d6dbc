package io.capitalist4j.testkit.api2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Api2PaymentValidationTest extends Api2Fixture {

    @BeforeEach
    void startServer() {
        start(config());
    }

    private SignedClient.Answer pay(String accountFrom, String payload) {
        return client.post(PAYMENT, "{\"userRequestId\":\"V-" + System.nanoTime() + "\",\"accountFrom\":\""
                + accountFrom + "\",\"amount\":600.00,\"payload\":" + payload + "}").send();
    }

    private SignedClient.Answer rur(String payload) {
        return pay("R0123505", payload);
    }

    @Test
    void validPayloadsOfEveryFamilyAreAccepted() {
        List<String> valid = List.of(
                "{\"type\":\"RUCARD\",\"account\":\"4276380079956889\",\"name\":\"Ivan\",\"surname\":\"Petrov\",\"midname\":\"Sergeevich\"}",
                "{\"type\":\"RUCARDP2PDYN\",\"account\":\"4276380079956889\",\"name\":\"Ivan\",\"surname\":\"Petrov\",\"midname\":\"S\"}",
                "{\"type\":\"SBP\",\"account\":\"79001234567\",\"email\":\"a@b.ru\",\"nspk\":\"100000000004\",\"firstName\":\"Ivan\",\"lastName\":\"Petrov\"}",
                "{\"type\":\"MTS\",\"account\":\"79001234567\"}",
                "{\"type\":\"KZCARD\",\"account\":\"4400430012345678\"}",
                "{\"type\":\"BRBANK\",\"taxId\":\"12345678901\",\"name\":\"João Silva\",\"email\":\"joao@example.com\",\"additionalRemark\":\"salary\"}",
                "{\"type\":\"WORLDCARDUSD\",\"account\":\"4111111111111111\",\"name\":\"John\",\"surname\":\"Doe\",\"cardCurrency\":\"USD\",\"birthDate\":\"1980-02-29\",\"address\":\"1 Main St\",\"addressCountryCode\":\"USA\",\"addressCity\":\"Boston\",\"cardExpiryMonth\":\"07\",\"cardExpiryYear\":\"2030\"}",
                "{\"type\":\"USDTTRC20\",\"account\":\"TXYZabcdefghijkmnopqrstuvwxyz1234\"}",
                "{\"type\":\"MALAYSIA_BANK\",\"account\":\"123\",\"destination\":{\"bankCode\":\"MBB\",\"accountName\":\"A\",\"accountNumber\":\"1\"},\"recipient\":{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@b.my\",\"phone\":\"60123\",\"zipCode\":\"5000\",\"city\":\"KL\",\"address\":\"x\",\"country\":\"my\"}}",
                "{\"type\":\"IMPS\",\"account\":\"1234567890\",\"account_name\":\"A B\",\"bank_code\":\"SBIN0001234\"}",
                "{\"type\":\"BUY_ITEM\",\"productId\":12,\"denominationId\":34}",
                "{\"type\":\"STEAM\",\"account\":\"gaben\",\"ip\":\"203.0.113.9\"}",
                "{\"type\":\"CAPITALIST\",\"account\":\"U123456789\"}");
        for (String payload : valid) {
            SignedClient.Answer a = rur(payload);
            assertThat(a.status()).as(payload + " → " + a.body()).isEqualTo(200);
        }
        assertThat(server.payments()).hasSize(valid.size());
    }

    @Test
    void eachTypeNamesTheFirstBadFieldOfItsPayload() {
        assertThat(rur("{\"type\":\"RUCARD\",\"account\":\"4276380079956889\",\"name\":\"Ivan\",\"surname\":\"Petrov\",\"midname\":\"\"}")
                .error()).isEqualTo("payload.midname: must not be empty");
        assertThat(rur("{\"type\":\"RUCARD\",\"account\":\"4276 3800 7995 6889\",\"name\":\"I\",\"surname\":\"P\",\"midname\":\"S\"}")
                .error()).isEqualTo("payload.account: digits only");
        assertThat(rur("{\"type\":\"MTS\",\"account\":\"69001234567\"}").error())
                .isEqualTo("payload.account: a Russian phone number starts with 7 or 8");
        assertThat(rur("{\"type\":\"BRBANK\",\"taxId\":\"12345678901\",\"name\":\"J\",\"email\":\"j@x.br\",\"additionalRemark\":\"pay\"}")
                .error()).isEqualTo("payload.additionalRemark: at least 6 characters");
        assertThat(rur("{\"type\":\"BITCOIN\",\"account\":\"1BoatSLRHtKNngkdXEeobR76b\"}").error())
                .isEqualTo("payload.account: a wallet address has at least 26 characters");
        assertThat(rur("{\"type\":\"WORLDCARDEUR\",\"account\":\"4111111111111111\",\"name\":\"J\",\"surname\":\"D\",\"cardCurrency\":\"USD\",\"birthDate\":\"1980-01-01\",\"address\":\"a\",\"addressCountryCode\":\"DE\",\"addressCity\":\"B\",\"cardExpiryMonth\":\"07\",\"cardExpiryYear\":\"2030\"}")
                .error()).isEqualTo("payload.cardCurrency: must be EUR for WORLDCARDEUR");
        assertThat(rur("{\"type\":\"MALAYSIA_BANK\",\"account\":\"123\",\"destination\":{\"bankCode\":\"MBB\",\"accountName\":\"A\",\"accountNumber\":\"1\"},\"recipient\":{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@b.my\",\"phone\":\"60123\",\"zipCode\":\"5000\",\"city\":\"KL\",\"address\":\"x\",\"country\":\"th\"}}")
                .error()).isEqualTo("payload.recipient.country: must be \"my\" for MALAYSIA_BANK");
        assertThat(rur("{\"type\":\"AZCARD\",\"account\":\"4169\",\"cardExpiryYear\":\"2024\",\"cardExpiryMonth\":\"01\"}")
                .error()).isEqualTo("payload.cardExpiryYear: must not be in the past");
        assertThat(rur("{\"type\":\"BUY_ITEM\",\"productId\":\"12\",\"denominationId\":34}").error())
                .isEqualTo("payload.productId: must be a JSON number");
        assertThat(rur("{\"type\":\"UKR_MOBILE\",\"account\":\"380501234567\"}").error())
                .isEqualTo("payload.type: unknown payment type UKR_MOBILE");
        assertThat(server.payments()).isEmpty();
    }

    @Test
    void theTypeMayStandAtTheTopLevelButMustAgreeWithThePayloads() {
        SignedClient.Answer top = client.post(PAYMENT, "{\"type\":\"CAPITALIST\",\"userRequestId\":\"T1\","
                + "\"accountFrom\":\"R0123505\",\"amount\":1,\"payload\":{\"account\":\"R0000002\"}}").send();
        assertThat(top.status()).isEqualTo(200);
        assertThat(server.payment("T1").orElseThrow().payloadJson())
                .isEqualTo("{\"account\":\"R0000002\",\"type\":\"CAPITALIST\"}");
        SignedClient.Answer both = client.post(PAYMENT, "{\"type\":\"WM\",\"userRequestId\":\"T2\","
                + "\"accountFrom\":\"R0123505\",\"amount\":1,\"payload\":{\"type\":\"CAPITALIST\",\"account\":\"R0000002\"}}").send();
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.error()).isEqualTo("type: WM differs from payload.type CAPITALIST");
        assertThat(client.post(PAYMENT, "{\"userRequestId\":\"T3\",\"accountFrom\":\"R0123505\",\"amount\":1,"
                + "\"payload\":{\"account\":\"R0000002\"}}").send().error()).isEqualTo("payload.type: required");
    }

    @Test
    void theEnvelopeIsCheckedBeforeThePayload() {
        assertThat(client.post(PAYMENT, "{\"accountFrom\":\"R0123505\",\"amount\":1,\"payload\":{}}").send().error())
                .isEqualTo("userRequestId: required");
        assertThat(client.post(PAYMENT, "{\"userRequestId\":\"E1\",\"accountFrom\":\"R9999999\",\"amount\":1,\"payload\":{}}")
                .send().error()).isEqualTo("accountFrom: unknown account R9999999");
        assertThat(client.post(PAYMENT, "{\"userRequestId\":\"E1\",\"accountFrom\":\"R0123505\",\"amount\":\"10.00\",\"payload\":{}}")
                .send().error()).isEqualTo("amount: must be a JSON number");
        assertThat(client.post(PAYMENT, "{\"userRequestId\":\"E1\",\"accountFrom\":\"R0123505\",\"amount\":0,\"payload\":{}}")
                .send().error()).isEqualTo("amount: must be greater than 0");
        assertThat(client.post(PAYMENT, "{\"userRequestId\":\"E1\",\"accountFrom\":\"R0123505\",\"amount\":1,\"currency\":\"RUB\",\"payload\":{}}")
                .send().error()).isEqualTo("currency: unknown currency code RUB");
        assertThat(client.post(PAYMENT, "{\"userRequestId\":\"E1\",\"accountFrom\":\"R0123505\",\"amount\":1}")
                .send().error()).isEqualTo("payload: required");
        assertThat(client.post(PAYMENT, "{\"userRequestId\":\"E1\",\"userRequestId\":\"E2\"}").send().error())
                .startsWith("the body is not valid JSON");
        assertThat(client.post(PAYMENT, "[1]").send().error()).isEqualTo("the body must be a JSON object");
        assertThat(client.post(PAYMENT, "").send().status()).isEqualTo(400);
        assertThat(server.payments()).isEmpty();
    }

    @Test
    void aPaymentLargerThanTheBalanceIsRefusedAndLeavesTheBalance() {
        SignedClient.Answer a = client.post(PAYMENT, "{\"userRequestId\":\"BIG\",\"accountFrom\":\"B0123507\","
                + "\"amount\":9.95,\"payload\":{\"type\":\"BITCOIN\",\"account\":\"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq\"}}").send();
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.error()).isEqualTo("Insufficient funds");
        assertThat(server.balance("B0123507")).isEqualByComparingTo("10");
        assertThat(client.get("/v1/payment/BIG").send().status()).isEqualTo(404);
    }

    @Test
    void aPaymentInAnotherCurrencyIsDebitedAtTheRate() {
        SignedClient.Answer a = client.post(PAYMENT, "{\"userRequestId\":\"X1\",\"accountFrom\":\"U0123504\","
                + "\"amount\":100.00,\"currency\":\"EUR\",\"payload\":{\"type\":\"CAPITALIST\",\"account\":\"E0000002\"}}").send();
        assertThat(a.status()).isEqualTo(200);
        // (100.00 + 1.00 fee) EUR × 1.0842 = 109.50 USD
        assertThat(server.payment("X1").orElseThrow().debit()).isEqualByComparingTo("109.50");
        assertThat(server.balance("U0123504")).isEqualByComparingTo("99890.50");
    }

    @Test
    void theFeeIsConfigurable() {
        server.close();
        start(config().feePercent(java.math.BigDecimal.ZERO));
        client.post(PAYMENT, capitalistPayment("F0", "10.00")).send();
        assertThat(server.payment("F0").orElseThrow().fee()).isEqualByComparingTo("0");
        assertThat(server.balance("R0123505")).isEqualByComparingTo("999990.00");
    }
}
