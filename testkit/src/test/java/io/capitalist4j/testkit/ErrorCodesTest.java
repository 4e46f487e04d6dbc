package io.capitalist4j.testkit;

import static io.capitalist4j.testkit.RawClient.params;
import static io.capitalist4j.testkit.RawClient.plain;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.Opcode;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every code the sandbox claims to produce, each provoked by one request. */
class ErrorCodesTest {

    static final String GOOD = "CAPITALIST;R0000002;10.00;RUR;E1;Payout";
    static ManualClock clock = ManualClock.fixed();
    static FakeCapitalistServer server;
    static RawClient client;

    @BeforeAll
    static void start() {
        SandboxConfig config = SandboxConfig.sandbox().legacyFormats(true).clock(clock).maxRecords(1200).maxFailedLogins(3)
                .unavailableOpcode(Opcode.QIWI)
                .user(SandboxUser.builder("pinonly", "pw").pin("1111")
                        .account(SandboxAccount.of("R0000100", "Pin only", Money.of("1.00", Currency.RUR))).build())
                .user(SandboxUser.builder("noapi", "pw").apiEnabled(false).build())
                .user(SandboxUser.builder("locker", "pw").build())
                .build();
        server = FakeCapitalistServer.start(config);
        client = new RawClient(server.uri());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    static Map<String, String> as(String login, String operation, String... kv) {
        Map<String, String> m = params("operation", operation, "login", login, "plain_password", "pw");
        m.putAll(params(kv));
        return m;
    }

    static Map<String, String> pinUpload(String batch, String... extra) {
        Map<String, String> m = plain("import_batch_advanced", "batch", batch, "verification_type", "PIN",
                "verification_data", RawClient.md5(SandboxIdentity.PIN));
        m.putAll(params(extra));
        return m;
    }

    static String lines(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            b.append(i > 1 ? "\n" : "").append("CAPITALIST;R0000002;0.01;RUR;L").append(i).append(";p");
        }
        return b.toString();
    }

    static Arguments code(int code, String what, Function<RawClient, RawClient.Answer> call) {
        return Arguments.of(code, what, call);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                code(5, "unknown login", c -> c.json(params("operation", "get_token", "login", "nobody"))),
                code(10, "encrypted password that does not decrypt", c -> {
                    String token = c.json(params("operation", "get_token", "login", "sandbox")).data().get("token").asText();
                    return c.json(params("operation", "get_accounts", "login", "sandbox", "token", token,
                            "encrypted_password", "00ff"));
                }),
                code(15, "wrong password", c -> c.json(params("operation", "get_accounts", "login", "sandbox",
                        "plain_password", "wrong"))),
                code(16, "login locked after repeated failures", c -> {
                    for (int i = 0; i < 3; i++) {
                        c.json(params("operation", "get_accounts", "login", "locker", "plain_password", "bad"));
                    }
                    return c.json(as("locker", "get_accounts"));
                }),
                code(20, "unknown token", c -> c.json(params("operation", "get_accounts", "login", "sandbox",
                        "token", "ABCDEF", "encrypted_password", "00"))),
                code(25, "page size above 1000", c -> c.json(plain("get_batch_info", "batch_id",
                        c.json(pinUpload(GOOD)).data().get("id").asText(), "page_size", "1001"))),
                code(25, "a batch over 1000 records without page_size", c -> c.json(plain("get_batch_info", "batch_id",
                        c.json(pinUpload(lines(1001))).data().get("id").asText()))),
                code(110, "bad signature", c -> c.json(plain("import_batch_advanced", "batch", GOOD,
                        "verification_type", "SIGNATURE", "verification_data", RawClient.sign(GOOD + " ")))),
                code(110, "wrong PIN", c -> c.json(plain("import_batch_advanced", "batch", GOOD,
                        "verification_type", "PIN", "verification_data", RawClient.md5("9999")))),
                code(111, "a control character", c -> c.json(pinUpload(GOOD.replace("Payout", "Pay\tout")))),
                code(111, "a stray carriage return", c -> c.json(pinUpload(GOOD + "\r" + GOOD))),
                code(112, "more records than the limit", c -> c.json(pinUpload(lines(1201)))),
                code(125, "an empty batch", c -> c.json(pinUpload(""))),
                code(125, "no line parses", c -> c.json(pinUpload("junk\nmore junk"))),
                code(130, "a source account that is not the user's", c -> c.json(pinUpload(GOOD, "account_RUR", "R0000100"))),
                code(130, "is_verified_account of an unknown account", c -> c.json(plain("is_verified_account",
                        "account", "R7777777"))),
                code(131, "no account in the currency used", c -> c.json(as("pinonly", "import_batch_advanced",
                        "batch", "CAPITALIST;U0000002;1.00;USD;X1;p", "verification_type", "PIN",
                        "verification_data", RawClient.md5("1111")))),
                code(135, "insufficient funds", c -> c.json(as("pinonly", "import_batch_advanced", "batch", GOOD,
                        "verification_type", "PIN", "verification_data", RawClient.md5("1111")))),
                code(150, "a GET request", c -> c.get("json", "operation=get_accounts&login=sandbox")),
                code(151, "unknown operation", c -> c.json(plain("create_wallet_please"))),
                code(152, "API disabled for the user", c -> c.json(as("noapi", "get_accounts"))),
                code(180, "unknown verification type", c -> c.json(plain("import_batch_advanced", "batch", GOOD,
                        "verification_type", "FINGERPRINT"))),
                code(181, "verification method not enabled", c -> c.json(as("pinonly", "import_batch_advanced",
                        "batch", GOOD, "verification_type", "SIGNATURE", "verification_data", RawClient.sign(GOOD)))),
                code(182, "signature missing", c -> c.json(plain("import_batch_advanced", "batch", GOOD,
                        "verification_type", "SIGNATURE"))),
                code(185, "a zero amount", c -> c.json(pinUpload(GOOD + "\nCAPITALIST;R0000002;0.00;RUR;Z9;p"))),
                code(187, "a payment type temporarily unavailable", c -> c.json(pinUpload(GOOD
                        + "\nQIWI;79001234567;10.00;RUR;Q1;p"))),
                code(188, "the only record of a batch is refused", c -> c.json(pinUpload(
                        "RUCARD;4276380079956881;10.00;RUR;S1;below the limit;Ivan;Ivanov"))),
                code(190, "unknown document type", c -> c.json(plain("get_document_fee", "document_type", "TELEPORT",
                        "source_account", "R0000001", "amount", "1"))),
                code(191, "unknown usdt network", c -> c.json(plain("get_document_fee", "document_type", "usdt",
                        "source_account", "U0000001", "amount", "1", "usdt_network", "bitcoin"))),
                code(192, "unknown wire tag", c -> c.json(plain("get_document_fee", "document_type", "wire",
                        "source_account", "U0000001", "amount", "1", "wiretag", "FAST"))),
                code(193, "internal transfer without a recipient", c -> c.json(plain("get_document_fee",
                        "document_type", "internal", "source_account", "R0000001", "amount", "1"))),
                code(194, "conversion into someone else's account", c -> c.json(plain("get_document_fee",
                        "document_type", "conversion", "source_account", "R0000001", "amount", "1", "dest_account",
                        "R0000100"))),
                code(195, "a source account that is not yours", c -> c.json(plain("get_document_fee",
                        "document_type", "RUCARD", "source_account", "R0000100", "amount", "1"))),
                code(196, "a zero amount fee query", c -> c.json(plain("get_document_fee", "document_type", "RUCARD",
                        "source_account", "R0000001", "amount", "0"))),
                code(198, "a malformed SMS code", c -> c.json(plain("process_batch", "batch_id",
                        c.json(plain("import_batch_advanced", "batch", GOOD, "verification_type", "MOBILE"))
                                .data().get("id").asText(), "verification_type", "MOBILE", "verification_data", "x"))),
                code(200, "an account that does not exist", c -> c.json(plain("get_document_fee", "document_type",
                        "RUCARD", "source_account", "R5555555", "amount", "1"))),
                code(202, "a page size that is not a number", c -> c.json(plain("get_batch_info", "batch_id",
                        c.json(pinUpload(GOOD)).data().get("id").asText(), "page_size", "ten"))),
                code(202, "a date that is not DD.MM.YYYY", c -> c.json(plain("documents_search", "beginDate",
                        "2025-01-01"))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void producesTheCodeOfTheTable(int code, String what, Function<RawClient, RawClient.Answer> call) {
        RawClient.Answer a = call.apply(client);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.code()).as(what).isEqualTo(code);
        assertThat(a.json().get("message").asText()).isNotBlank();
        assertThat(a.data().isArray()).isTrue();
        assertThat(a.data()).isEmpty();
    }

    @Test
    void zeroAmountAndUnavailableTypeCarryASecondCsvLine() {
        String[] zero = client.post("csv", pinUpload(GOOD + "\nCAPITALIST;R0000002;0;RUR;Z9;p")).csvLines();
        assertThat(zero[0]).startsWith("185;");
        assertThat(zero[1]).isEqualTo("Z9");
        String[] unavailable = client.post("csv", pinUpload(GOOD + "\nQIWI;79001234567;10.00;RUR;Q1;p")).csvLines();
        assertThat(unavailable[0]).startsWith("187;");
        assertThat(unavailable[1]).isEqualTo("1");
    }

    @Test
    void aLockLiftsAfterTheLockDuration() {
        SandboxBank bank = SandboxBank.create(SandboxConfig.builder().clock(clock).maxFailedLogins(2)
                .user(SandboxUser.builder("u", "pw").build()).build());
        try (FakeCapitalistServer s = FakeCapitalistServer.start(bank); RawClient c = new RawClient(s.uri())) {
            assertThat(c.json(params("operation", "get_accounts", "login", "u", "plain_password", "x")).code()).isEqualTo(15);
            assertThat(c.json(params("operation", "get_accounts", "login", "u", "plain_password", "x")).code()).isEqualTo(15);
            assertThat(c.json(as("u", "get_accounts")).code()).isEqualTo(16);
            clock.advance(Duration.ofMinutes(30));
            assertThat(c.json(as("u", "get_accounts")).code()).isZero();
        }
    }

    @Test
    void theWrongPinCodeIsConfigurable() {
        SandboxBank bank = SandboxBank.create(SandboxConfig.sandbox().wrongPinCode(15).build());
        try (FakeCapitalistServer s = FakeCapitalistServer.start(bank); RawClient c = new RawClient(s.uri())) {
            assertThat(c.json(plain("import_batch_advanced", "batch", GOOD, "verification_type", "PIN",
                    "verification_data", RawClient.md5("0000"))).code()).isEqualTo(15);
        }
    }
}
