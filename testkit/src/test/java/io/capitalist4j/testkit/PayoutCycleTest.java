package io.capitalist4j.testkit;

import static io.capitalist4j.testkit.RawClient.params;
import static io.capitalist4j.testkit.RawClient.plain;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A whole payout cycle against the HTTP server, driven by a client written only from the reference. */
class PayoutCycleTest {

    static final String BATCH = "CAPITALIST;R0000002;10.00;RUR;P1;Payout one\n"
            + "CAPITALIST;R0000009;5.00;RUR;P2;Payout two\n"
            + "CAPITALIST;U0000002;1.50;USD;P3;Payout three";
    static final Duration STEP = Duration.ofMinutes(1);

    ManualClock clock;
    FakeCapitalistServer server;
    RawClient client;

    @BeforeEach
    void start() {
        clock = ManualClock.fixed();
        // this suite reads every answer in all three formats: the legacy ones must be asked for
        server = FakeCapitalistServer.start(SandboxConfig.sandbox().legacyFormats(true).clock(clock).timeline(Timeline.steps(STEP))
                .outcomePolicy(OutcomePolicy.declineBeneficiary("R0000009", "recipient account is blocked"))
                .build());
        client = new RawClient(server.uri());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    Map<String, String> withToken(String operation, boolean upperHex, String... kv) {
        JsonNode token = client.json(params("operation", "get_token", "login", "sandbox")).data();
        Map<String, String> p = params("operation", operation, "login", "sandbox", "token", token.get("token").asText(),
                "encrypted_password", RawClient.encryptPassword(token.get("modulus").asText(),
                        token.get("exponent").asText(), SandboxIdentity.PASSWORD, upperHex));
        p.putAll(params(kv));
        return p;
    }

    JsonNode account(String number) {
        for (JsonNode a : client.json(plain("get_accounts")).data().get("accounts")) {
            if (a.get("number").asText().equals(number)) {
                return a;
            }
        }
        throw new AssertionError("no account " + number);
    }

    List<String> states(String batchId) {
        List<String> out = new ArrayList<>();
        client.json(plain("get_batch_info", "batch_id", batchId)).data().get("records")
                .forEach(r -> out.add(r.get("state").asText()));
        return out;
    }

    @Test
    void getTokenHandsOutAKeyAndAcceptsPasswordsEncryptedInEitherHexCase() {
        RawClient.Answer token = client.json(params("operation", "get_token", "login", "sandbox"));
        JsonNode data = token.data();
        assertThat(token.json().get("message").asText()).isEmpty();
        assertThat(data.get("modulus").asText()).matches("[0-9a-f]{256}");
        assertThat(data.get("exponent").asText()).isEqualTo("10001");
        assertThat(data.get("rsa_public_key_pkcs1_pem").asText()).startsWith("-----BEGIN RSA PUBLIC KEY-----");
        assertThat(data.get("token").asText()).matches("[0-9A-F]{256}");

        assertThat(client.json(withToken("get_accounts", false)).code()).isZero();
        assertThat(client.json(withToken("get_accounts", true)).code()).isZero();
    }

    @Test
    void aTokenIsReusableUntilItExpires() {
        Map<String, String> call = withToken("get_accounts", false);
        assertThat(client.json(call).code()).isZero();
        assertThat(client.json(call).code()).isZero();
        clock.advance(Duration.ofMinutes(31));
        assertThat(client.json(call).code()).isEqualTo(20);
    }

    @Test
    void aSignedBatchBlocksFundsThenMovesToFinalStatesAndDebitsOrReleases() {
        RawClient.Answer upload = client.json(withToken("import_batch_advanced", false, "batch", BATCH,
                "verification_type", "SIGNATURE", "verification_data", RawClient.sign(BATCH), "account_RUR", "R0000001"));
        assertThat(upload.code()).isZero();
        JsonNode receipt = upload.data();
        String id = receipt.get("id").asText();
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(receipt.get("summary").get("RUR").asText()).isEqualTo("15.00");
        assertThat(receipt.get("summary").get("USD").asText()).isEqualTo("1.50");
        assertThat(receipt.get("summary").get("BTC").asText()).isEqualTo("0.00000000");
        assertThat(receipt.get("fee").get("RUR").asText()).isEqualTo("0.00");
        assertThat(receipt.get("nettoSummary").get("RUR").asText()).isEqualTo("15.00");
        assertThat(receipt.get("errors")).isEmpty();

        assertThat(account("R0000001").get("balance").asText()).isEqualTo("1000000.00");
        assertThat(account("R0000001").get("blockedAmount").asText()).isEqualTo("15.00");
        assertThat(account("U0000001").get("blockedAmount").asText()).isEqualTo("1.50");

        JsonNode page = client.json(plain("get_batch_info", "batch_id", id, "page_size", "100")).data();
        assertThat(page.get("totalCount").asInt()).isEqualTo(3);
        JsonNode first = page.get("records").get(0);
        assertThat(first.get("lineNumber").asInt()).isEqualTo(1);
        assertThat(first.get("internalNumber").asText()).isEqualTo("P1");
        assertThat(first.get("beneficiary").asText()).isEqualTo("R0000002");
        assertThat(first.get("amount").asText()).isEqualTo("10.00");
        assertThat(first.get("currency").asText()).isEqualTo("RUR");
        assertThat(first.get("description").asText()).isEqualTo("Payout one");
        assertThat(first.get("documentId").isIntegralNumber()).isTrue();
        assertThat(first.get("paymentType").asText()).isEqualTo("CAPITALIST");
        assertThat(states(id)).containsExactly("NEW", "NEW", "NEW");

        clock.advance(STEP);
        assertThat(states(id)).containsExactly("READY", "READY", "READY");
        clock.advance(STEP);
        assertThat(states(id)).containsExactly("INPROCESS", "INPROCESS", "INPROCESS");
        clock.advance(STEP);
        assertThat(states(id)).containsExactly("PROCESSED", "DECLINED", "PROCESSED");
        JsonNode declined = client.json(plain("get_batch_info", "batch_id", id)).data().get("records").get(1);
        assertThat(declined.get("errorDetails").asText()).isEqualTo("recipient account is blocked");

        assertThat(account("R0000001").get("balance").asText()).isEqualTo("999990.00");
        assertThat(account("R0000001").get("blockedAmount").asText()).isEqualTo("0.00");
        assertThat(account("U0000001").get("balance").asText()).isEqualTo("99998.50");
    }

    @Test
    void aPinBatchIsAcceptedWithTheMd5OfThePinInEitherCase() {
        String lower = RawClient.md5(SandboxIdentity.PIN);
        assertThat(client.json(plain("import_batch_advanced", "batch", BATCH, "verification_type", "PIN",
                "verification_data", lower)).code()).isZero();
        assertThat(client.json(plain("import_batch_advanced", "batch", BATCH, "verification_type",
                "PIN", "verification_data", lower.toUpperCase())).code()).isZero();
    }

    @Test
    void aMobileBatchWaitsForTheSmsCodeAndAWrongCodeIsReportedAsVerificationFailure() {
        JsonNode receipt = client.json(plain("import_batch_advanced", "batch", BATCH, "verification_type", "MOBILE")).data();
        String id = receipt.get("id").asText();
        assertThat(account("R0000001").get("blockedAmount").asText()).isEqualTo("15.00");
        clock.advance(Duration.ofHours(1));
        assertThat(states(id)).containsOnly("NEW");

        JsonNode wrong = client.json(plain("process_batch", "batch_id", id, "verification_type", "MOBILE",
                "verification_data", "654321")).data();
        assertThat(wrong.get("verificationSuccess").asInt()).isEqualTo(2);
        assertThat(wrong.get("id").asText()).isEqualTo(id);
        RawClient.Answer right = client.post("csv", plain("process_batch", "batch_id", id, "verification_type", "MOBILE",
                "verification_data", SandboxIdentity.SMS_CODE));
        assertThat(right.body()).isEqualTo("0;" + id + ";1");

        clock.advance(STEP.multipliedBy(3));
        assertThat(states(id)).containsExactly("PROCESSED", "DECLINED", "PROCESSED");
    }

    @Test
    void rejectedLinesAreListedAndTheBatchIsCreatedForTheRest() {
        String batch = "CAPITALIST;R0000002;10.00;RUR;A1;ok\n"
                + "RUCARD;4276380079956882;150.00;RUR;A2;bad card;Ivan;Ivanov\n"
                + "NOSUCH;X;1.00;RUR;A3;unknown\n"
                + "CAPITALIST;R0000003;1.00;RUR;A1;duplicate";
        JsonNode receipt = client.json(plain("import_batch_advanced", "batch", batch, "verification_type", "SIGNATURE",
                "verification_data", RawClient.sign(batch))).data();
        JsonNode errors = receipt.get("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(errors.get(0).get("comment").asText()).contains("card");
        assertThat(errors.get(1).get("line").asInt()).isEqualTo(3);
        assertThat(errors.get(2).get("line").asInt()).isEqualTo(4);
        assertThat(receipt.get("summary").get("RUR").asText()).isEqualTo("10.00");

        JsonNode records = client.json(plain("get_batch_info", "batch_id", receipt.get("id").asText())).data().get("records");
        assertThat(records).hasSize(4);
        JsonNode skipped = records.get(1);
        assertThat(skipped.get("paymentType").asText()).isEqualTo("SKIP");
        assertThat(skipped.get("state").asText()).isEqualTo("DECLINED");
        assertThat(skipped.get("internalNumber").asText()).isEqualTo("A2");
        assertThat(skipped.get("documentId").isNull()).isTrue();
        assertThat(skipped.get("errorDetails").asText()).isEqualTo(errors.get(0).get("comment").asText());
    }

    @Test
    void theCsvReceiptListsSumsPerCurrencyAndEveryRejectedLine() {
        String batch = "CAPITALIST;R0000002;10.00;RUR;C1;ok\nCAPITALIST;R0000003;abc;RUR;C2;bad amount";
        RawClient.Answer a = client.post("csv", plain("import_batch_advanced", "batch", batch,
                "verification_type", "PIN", "verification_data", RawClient.md5("1234")));
        String[] lines = a.csvLines();
        assertThat(a.format()).isEqualTo("csv");
        assertThat(lines[0]).matches("0;[0-9a-f-]{36};10\\.00;0\\.00;0\\.00;0\\.00000000");
        String id = lines[0].split(";")[1];
        assertThat(lines[1]).isEqualTo("errors;" + id + ";1");
        assertThat(lines[2]).startsWith("errorAtLine;2;");
        assertThat(lines).hasSize(3);
    }

    @Test
    void batchInfoPagesByOffsetOrPageNumberInJsonAndCsv() {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 25; i++) {
            b.append(i > 1 ? "\n" : "").append("CAPITALIST;R0000002;1.00;RUR;N").append(i).append(";p");
        }
        String id = client.json(plain("import_batch_advanced", "batch", b.toString(), "verification_type", "PIN",
                "verification_data", RawClient.md5("1234"))).data().get("id").asText();

        JsonNode first = client.json(plain("get_batch_info", "batch_id", id, "page_size", "10")).data();
        assertThat(first.get("records")).hasSize(10);
        assertThat(first.get("pageCount").asInt()).isEqualTo(3);
        assertThat(first.get("page").asInt()).isZero();
        JsonNode last = client.json(plain("get_batch_info", "batch_id", id, "page_size", "10", "start_offset", "20")).data();
        assertThat(last.get("records")).hasSize(5);
        assertThat(last.get("page").asInt()).isEqualTo(2);
        assertThat(last.get("records").get(0).get("lineNumber").asInt()).isEqualTo(21);
        JsonNode second = client.json(plain("get_batch_info", "batch_id", id, "page_size", "10", "page", "1")).data();
        assertThat(second.get("offset").asInt()).isEqualTo(10);
        assertThat(second.get("records").get(0).get("internalNumber").asText()).isEqualTo("N11");

        String[] csv = client.post("csv", plain("get_batch_info", "batch_id", id, "page_size", "10", "page", "1")).csvLines();
        assertThat(csv[0]).isEqualTo("0;" + id + ";10;10;25;3;1");
        assertThat(csv).hasSize(11);
        assertThat(csv[1].split(";", -1)).hasSize(10);
        assertThat(csv[1]).startsWith("11;N11;R0000002;1.00;RUR;p;").contains(";NEW;CAPITALIST;");
    }

    @Test
    void documentsAreFoundBySearchAndListedInHistoryWithFilters() {
        String id = client.json(plain("import_batch_advanced", "batch", BATCH, "verification_type", "PIN",
                "verification_data", RawClient.md5("1234"))).data().get("id").asText();
        clock.advance(STEP.multipliedBy(3));

        JsonNode found = client.json(plain("documents_search", "customNumber", "P2", "beginDate", "14.01.2025",
                "endDate", "15.01.2025")).data();
        assertThat(found.get("search").get("customNumber").asText()).isEqualTo("P2");
        assertThat(found.get("documents")).hasSize(1);
        JsonNode doc = found.get("documents").get(0);
        assertThat(doc.get("type").asText()).isEqualTo("CAPITALIST");
        assertThat(doc.get("batchId").asText()).isEqualTo(id);
        assertThat(doc.get("sourceAccount").asText()).isEqualTo("R0000001");
        assertThat(doc.get("destinationAccount").asText()).isEqualTo("R0000009");
        assertThat(doc.get("documentState").asText()).isEqualTo("DECLINED");
        assertThat(doc.get("comment").asText()).isEqualTo("recipient account is blocked");
        assertThat(doc.get("timestamp").asLong()).isEqualTo(clock.instant().minus(STEP.multipliedBy(3)).getEpochSecond());
        assertThat(client.json(plain("documents_search", "beginDate", "01.01.2024", "endDate", "31.01.2024"))
                .data().get("documents")).isEmpty();

        JsonNode all = client.json(plain("get_documents_history_ext")).data();
        assertThat(all.get("pages").get("itemCount").asInt()).isEqualTo(3);
        assertThat(all.get("pages").get("currentPage").asInt()).isEqualTo(1);
        assertThat(all.get("pages").get("pageSize").asInt()).isEqualTo(100);
        JsonNode newest = all.get("history").get(0);
        assertThat(newest.get("batch").get("id").asText()).isEqualTo(id);
        assertThat(newest.get("amount").decimalValue()).isEqualByComparingTo("1.50");
        assertThat(newest.get("outgoing").asBoolean()).isTrue();
        assertThat(client.json(plain("get_documents_history_ext", "document_state", "executed")).data()
                .get("history")).hasSize(2);
        assertThat(client.json(plain("get_documents_history_ext", "document_state", "declined")).data()
                .get("history")).hasSize(1);
        assertThat(client.json(plain("get_documents_history_ext", "account", "U0000001")).data()
                .get("history")).hasSize(1);
        assertThat(client.json(plain("get_documents_history_ext", "external_account", "r0000009")).data()
                .get("history")).hasSize(1);
        JsonNode none = client.json(plain("get_documents_history_ext", "limit", "0")).data();
        assertThat(none.get("history")).isEmpty();
        assertThat(none.get("pages").get("itemCount").asInt()).isEqualTo(3);
        assertThat(client.json(plain("get_documents_history_ext", "page", "2", "limit", "50")).data()
                .get("history")).isEmpty();

        RawClient.Answer askedCsv = client.post("csv", plain("get_documents_history_ext"));
        assertThat(askedCsv.format()).isEqualTo("json");
        assertThat(askedCsv.code()).isZero();
    }

    @Test
    void multipartBodiesWorkLikeUrlEncodedOnes() {
        RawClient.Answer a = client.postMultipart("json", plain("import_batch_advanced", "batch", BATCH,
                "verification_type", "SIGNATURE", "verification_data", RawClient.sign(BATCH)));
        assertThat(a.code()).isZero();
        assertThat(a.data().get("summary").get("RUR").asText()).isEqualTo("15.00");
    }

    @Test
    void aSignatureOverNonAsciiTextIsCheckedOnTheUtf8Bytes() {
        String batch = "CAPITALIST;R0000002;10.00;RUR;U1;Выплата №1 — café";
        assertThat(client.json(plain("import_batch_advanced", "batch", batch, "verification_type", "SIGNATURE",
                "verification_data", RawClient.sign(batch))).code()).isZero();
        String withTrailingNewline = batch.replace("U1", "U2") + "\n";
        assertThat(client.json(plain("import_batch_advanced", "batch", withTrailingNewline, "verification_type",
                "SIGNATURE", "verification_data", RawClient.sign(withTrailingNewline))).code()).isZero();
    }

    @Test
    void withLegacyFormatsTheFormatFollowsTheRequestHeaderAndDefaultsToCsv() {
        RawClient.Answer noHeader = client.post(null, params("operation", "get_token", "login", "sandbox"));
        assertThat(noHeader.format()).isEqualTo("csv");
        assertThat(noHeader.body()).matches("0;[0-9A-F]{256};[0-9a-f]{256};10001;"
                + "-----BEGIN RSA PUBLIC KEY-----[A-Za-z0-9+/=]{180,}-----END RSA PUBLIC KEY-----");
        RawClient.Answer lite = client.post("json-lite", params("operation", "get_token", "login", "sandbox"));
        assertThat(lite.format()).isEqualTo("json-lite");
        JsonNode row = lite.data().get(0);
        assertThat(row.get(0).asInt()).isZero();
        assertThat(row.get(4).asText()).startsWith("-----BEGIN RSA PUBLIC KEY-----");
        RawClient.Answer error = client.post("csv", params("operation", "get_token", "login", "nobody"));
        assertThat(error.body()).matches("5;.+");
        RawClient.Answer liteError = client.post("json-lite", params("operation", "get_token", "login", "nobody"));
        assertThat(liteError.code()).isEqualTo(5);
        assertThat(liteError.data().isArray()).isTrue();
    }

    @Test
    void ratesAccountsVerificationAndFeesHaveTheDocumentedShapes() {
        JsonNode rates = client.json(plain("currency_rates")).data().get("rates");
        assertThat(rates.get("buy").get(0).get("amount").isNumber()).isTrue();
        assertThat(rates.get("sell").get(0).get("amountCur").asText()).isEqualTo("USD");
        assertThat(rates.get("uahSell").get(0).get("targetAmount").asInt()).isEqualTo(100);
        assertThat(rates.get("uahSell").get(0).get("amount").isTextual()).isTrue();
        String[] csvRates = client.post("csv", plain("currency_rates")).csvLines();
        assertThat(csvRates[0]).isEqualTo("0;");
        assertThat(csvRates[1]).isEqualTo("buy;EUR;1.1;USD");

        JsonNode accounts = client.json(plain("get_accounts")).data();
        assertThat(accounts.get("summary").get("BTC").asText()).isEqualTo("10.00000000");
        assertThat(client.post("csv", plain("get_accounts")).csvLines()[1])
                .isEqualTo("\"Sandbox RUR\";R0000001;RUR;1000000.00;0.00");

        assertThat(client.json(plain("is_verified_account", "account", "U0000001")).data().get("verified").asBoolean()).isTrue();
        assertThat(client.post("csv", plain("is_verified_account", "account", "U0000001")).body()).isEqualTo("0;1");

        JsonNode fee = client.json(plain("get_document_fee", "document_type", "card2card", "source_account", "R0000001",
                "amount", "100")).data();
        assertThat(fee.get("fee").asText()).isEqualTo("0.00");
        assertThat(fee.get("currency").asText()).isEqualTo("RUR");
        assertThat(fee.get("amount").asText()).isEqualTo("100.00");
        assertThat(client.post("csv", plain("get_document_fee", "document_type", "internal", "source_account",
                "U0000001", "amount", "5.5", "dest_account", "R0000001")).body()).isEqualTo("0;0.00;USD;5.50");
    }

    @Test
    void theJsonEnvelopeAlwaysHasAllThreeKeysAndNeverNullData() {
        for (RawClient.Answer a : List.of(client.json(plain("get_accounts")),
                client.json(params("operation", "get_token", "login", "nobody")),
                client.json(params("operation", "nope")))) {
            JsonNode j = a.json();
            assertThat(j.has("code") && j.has("message") && j.has("data")).isTrue();
            assertThat(j.get("data").isNull()).isFalse();
            assertThat(a.status()).isEqualTo(200);
        }
    }
}
