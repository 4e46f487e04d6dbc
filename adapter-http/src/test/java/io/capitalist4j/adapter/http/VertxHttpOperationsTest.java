package io.capitalist4j.adapter.http;

import static io.capitalist4j.adapter.http.TestSupport.await;
import static io.capitalist4j.adapter.http.TestSupport.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.application.port.out.ImportBatchRequest;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.ConfirmationResult;
import io.capitalist4j.domain.batch.Verification;
import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.DocumentStateFilter;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.document.HistoryQuery;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.domain.fee.DocumentType;
import io.capitalist4j.domain.fee.FeeQuery;
import io.capitalist4j.domain.fee.FeeQuote;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.rate.CurrencyRates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every operation in JSON and CSV against the reference fixtures, and the form each one sends. */
class VertxHttpOperationsTest extends WithScriptedServer {

    private static final String BATCH = "c1f56606-15a8-43ff-99ef-a2a63ddc819a";
    private final TestSupport.FakeCipher cipher = new TestSupport.FakeCipher();

    private CapitalistHttpApi client(ResponseFormat format) {
        return VertxHttp.create(HttpOptions.builder().baseUrl(server.uri()).vertx(vertx).format(format).build(),
                credentials(), cipher);
    }

    @ParameterizedTest
    @EnumSource(value = ResponseFormat.class, names = {"JSON", "CSV"})
    void readsEveryOperationInTheConfiguredFormatWithOneTokenSession(ResponseFormat format) throws Exception {
        try (CapitalistHttpApi api = client(format)) {
            BatchReceipt receipt = await(api.importBatch(new ImportBatchRequest(BatchText.of("CAPITALIST;R0000000;10.00;RUR;9999;Payout"),
                    Verification.signature("c2lnbmF0dXJl"), Map.of())));
            assertThat(receipt.id().value()).isEqualTo("7a157e3d-cb28-4565-9ba9-218a606810b3");
            assertThat(receipt.summary()).containsEntry(Currency.RUR, new BigDecimal("110.00"));
            assertThat(receipt.rejections()).hasSize(1);

            ConfirmationResult confirmation = await(api.processBatch(BatchId.of(BATCH), Secret.of("123456")));
            assertThat(confirmation.confirmed()).isTrue();

            BatchPage page = await(api.getBatchInfo(BatchId.of(BATCH), BatchPageRequest.ofPage(0, 100)));
            assertThat(page.records()).hasSize(2);
            assertThat(page.records().get(1).isSkipped()).isTrue();

            List<FoundDocument> documents = await(api.searchDocuments(new DocumentSearch(
                    Period.of(LocalDate.of(2016, 6, 4), LocalDate.of(2016, 7, 4)), Optional.of("9999"))));
            assertThat(documents).singleElement().satisfies(d -> assertThat(d.documentNumber()).isEqualTo("92362566"));

            HistoryPage history = await(api.getHistory(HistoryQuery.all()));
            assertThat(history.entries()).hasSize(2);

            assertThat(await(api.getAccounts()).accounts()).hasSize(5);
            assertThat(await(api.isVerifiedAccount(AccountNumber.of("U1619957")))).isTrue();

            CurrencyRates rates = await(api.getCurrencyRates());
            assertThat(rates.buy().get(0).amount()).isEqualTo(new BigDecimal("1.1000000000000001"));

            FeeQuote fee = await(api.getDocumentFee(FeeQuery.of(DocumentType.WIRE, AccountNumber.of("U0100652"), new BigDecimal("100.00"))));
            assertThat(fee).isEqualTo(new FeeQuote(new BigDecimal("40.00"), "USD", new BigDecimal("100.00")));
        }
        assertThat(server.count("get_token")).isEqualTo(1);
        assertThat(cipher.calls.get()).isEqualTo(1);
        for (ScriptedServer.Received r : server.received()) {
            assertThat(r.param("login")).isEqualTo(TestSupport.LOGIN);
            assertThat(r.contentType).startsWith("application/x-www-form-urlencoded");
            boolean historyOrToken = r.operation().equals("get_documents_history_ext");
            assertThat(r.format).isEqualTo(historyOrToken ? "json" : format.wireName());
            if (r.operation().equals("get_token")) {
                assertThat(r.params.keySet()).containsExactly("operation", "login");
            } else {
                assertThat(r.param("token")).startsWith("35E9F07B");
                assertThat(r.param("encrypted_password")).isEqualTo("enc1-10001");
                assertThat(r.has("plain_password")).isFalse();
            }
        }
    }

    @Test
    void readsAnswersInJsonLiteToo() throws Exception {
        try (CapitalistHttpApi api = client(ResponseFormat.JSON_LITE)) {
            assertThat(await(api.isVerifiedAccount(AccountNumber.of("U1619957")))).isTrue();
            assertThat(await(api.getDocumentFee(FeeQuery.of(DocumentType.WIRE, AccountNumber.of("U0100652"),
                    new BigDecimal("100.00")))).fee()).isEqualTo(new BigDecimal("40.00"));
        }
        assertThat(server.received()).allSatisfy(r -> assertThat(r.format).isEqualTo("json-lite"));
    }

    @Test
    void decodesByTheFormatTheServerSaysItUsedAndFallsBackToTheAskedOne() throws Exception {
        try (CapitalistHttpApi api = client(ResponseFormat.JSON)) {
            server.script(r -> r.operation().equals("get_token") ? ScriptedServer.byFixture(r)
                    : ScriptedServer.fixture("get_document_fee.csv"));
            FeeQuery query = FeeQuery.of(DocumentType.WIRE, AccountNumber.of("U0100652"), new BigDecimal("100.00"));
            assertThat(await(api.getDocumentFee(query)).currency()).isEqualTo("USD");
            server.script(r -> ScriptedServer.answer(200, null, ScriptedServer.fixtureBytes("get_document_fee.json")));
            assertThat(await(api.getDocumentFee(query)).amount()).isEqualTo(new BigDecimal("100.00"));
        }
    }

    @Test
    void sendsTheUploadParametersByTheReferenceNames() throws Exception {
        Map<Currency, AccountNumber> accounts = new LinkedHashMap<>();
        accounts.put(Currency.RUR, AccountNumber.of("R0100271"));
        accounts.put(Currency.BTC, AccountNumber.of("B0978166"));
        try (CapitalistHttpApi api = client(ResponseFormat.JSON)) {
            await(api.importBatch(new ImportBatchRequest(BatchText.of("CAPITALIST;R0000000;10.00;RUR;9999;Payout"),
                    Verification.pinHash("96e79218965eb72c92a549dd5a330112"), accounts)));
            await(api.importBatch(new ImportBatchRequest(BatchText.of("CAPITALIST;R0000000;10.00;RUR;9998;Payout"),
                    Verification.mobile(), Map.of())));
            await(api.processBatch(BatchId.of(BATCH), Secret.of("123456")));
        }
        List<ScriptedServer.Received> uploads = server.received().stream()
                .filter(r -> r.operation().equals("import_batch_advanced")).toList();
        assertThat(uploads.get(0).param("verification_type")).isEqualTo("PIN");
        assertThat(uploads.get(0).param("verification_data")).isEqualTo("96e79218965eb72c92a549dd5a330112");
        assertThat(uploads.get(0).param("account_RUR")).isEqualTo("R0100271");
        assertThat(uploads.get(0).param("account_BTC")).isEqualTo("B0978166");
        assertThat(uploads.get(1).param("verification_type")).isEqualTo("MOBILE");
        assertThat(uploads.get(1).has("verification_data")).isFalse();
        assertThat(uploads.get(1).params.keySet()).noneMatch(k -> k.startsWith("account_"));
        ScriptedServer.Received confirm = server.received().stream()
                .filter(r -> r.operation().equals("process_batch")).findFirst().orElseThrow();
        assertThat(confirm.param("batch_id")).isEqualTo(BATCH);
        assertThat(confirm.param("verification_type")).isEqualTo("MOBILE");
        assertThat(confirm.param("verification_data")).isEqualTo("123456");
    }

    @Test
    void sendsOnlyTheQueryParametersThatAreGiven() throws Exception {
        try (CapitalistHttpApi api = client(ResponseFormat.JSON)) {
            await(api.getBatchInfo(BatchId.of(BATCH), BatchPageRequest.ofOffset(200, 100)));
            await(api.getBatchInfo(BatchId.of(BATCH), BatchPageRequest.unpaged()));
            await(api.getHistory(HistoryQuery.all().withPeriod(Period.of(LocalDate.of(2025, 3, 25), LocalDate.of(2025, 3, 27)))
                    .withState(DocumentStateFilter.EXECUTED).withLimit(50).withPage(2)
                    .withAccount(AccountNumber.of("R0100813")).withExternalAccount("4276")));
            await(api.getHistory(HistoryQuery.all()));
            await(api.searchDocuments(new DocumentSearch(Period.of(LocalDate.of(2025, 3, 25), LocalDate.of(2025, 3, 27)),
                    Optional.empty())));
            await(api.getDocumentFee(new FeeQuery(DocumentType.INTERNAL, AccountNumber.of("U0100652"), new BigDecimal("1.50"),
                    Optional.of(AccountNumber.of("U0100651")), Optional.empty(), Optional.empty())));
            await(api.isVerifiedAccount(AccountNumber.of("U1619957")));
        }
        List<ScriptedServer.Received> seen = server.received();
        List<ScriptedServer.Received> pages = seen.stream().filter(r -> r.operation().equals("get_batch_info")).toList();
        assertThat(pages.get(0).param("batch_id")).isEqualTo(BATCH);
        assertThat(pages.get(0).param("start_offset")).isEqualTo("200");
        assertThat(pages.get(0).param("page_size")).isEqualTo("100");
        assertThat(pages.get(0).has("page")).isFalse();
        assertThat(pages.get(1).params.keySet()).doesNotContain("page", "page_size", "start_offset");
        List<ScriptedServer.Received> history = seen.stream().filter(r -> r.operation().equals("get_documents_history_ext")).toList();
        assertThat(history.get(0).param("period_from")).isEqualTo("25.03.2025");
        assertThat(history.get(0).param("period_to")).isEqualTo("27.03.2025");
        assertThat(history.get(0).param("document_state")).isEqualTo("executed");
        assertThat(history.get(0).param("limit")).isEqualTo("50");
        assertThat(history.get(0).param("page")).isEqualTo("2");
        assertThat(history.get(0).param("account")).isEqualTo("R0100813");
        assertThat(history.get(0).param("external_account")).isEqualTo("4276");
        assertThat(history.get(1).params.keySet()).containsExactlyInAnyOrder("operation", "login", "token", "encrypted_password");
        ScriptedServer.Received search = seen.stream().filter(r -> r.operation().equals("documents_search")).findFirst().orElseThrow();
        assertThat(search.param("beginDate")).isEqualTo("25.03.2025");
        assertThat(search.param("endDate")).isEqualTo("27.03.2025");
        assertThat(search.has("customNumber")).isFalse();
        ScriptedServer.Received fee = seen.stream().filter(r -> r.operation().equals("get_document_fee")).findFirst().orElseThrow();
        assertThat(fee.param("document_type")).isEqualTo("internal");
        assertThat(fee.param("source_account")).isEqualTo("U0100652");
        assertThat(fee.param("amount")).isEqualTo("1.50");
        assertThat(fee.param("dest_account")).isEqualTo("U0100651");
        assertThat(fee.params.keySet()).doesNotContain("wiretag", "usdt_network");
        ScriptedServer.Received check = seen.stream().filter(r -> r.operation().equals("is_verified_account")).findFirst().orElseThrow();
        assertThat(check.param("account")).isEqualTo("U1619957");
    }

    @Test
    void sendsTheBatchTextByteForByteInUtf8() throws Exception {
        String text = "CAPITALIST;R0000000;10.00;RUR;9999;Выплата за март + 5% & бонус = «ёж»\n"
                + "RUCARD;4276380079956881;100.00;RUR;10000;Payout%20;Иван;Петров";
        try (CapitalistHttpApi api = client(ResponseFormat.JSON)) {
            await(api.importBatch(new ImportBatchRequest(BatchText.of(text), Verification.signature("c2ln+/=="), Map.of())));
        }
        ScriptedServer.Received upload = server.received().stream()
                .filter(r -> r.operation().equals("import_batch_advanced")).findFirst().orElseThrow();
        assertThat(upload.rawParam("batch")).isEqualTo(BatchText.of(text).utf8());
        assertThat(upload.param("verification_data")).isEqualTo("c2ln+/==");
        assertThat(upload.contentType).startsWith("application/x-www-form-urlencoded");
    }

    @Test
    void sendsThePlainPasswordAndNeverAsksForATokenInPlainMode() throws Exception {
        try (CapitalistHttpApi api = VertxHttp.create(HttpOptions.builder().baseUrl(server.uri()).vertx(vertx)
                .authMode(AuthMode.PLAIN).build(), credentials(), cipher)) {
            await(api.getAccounts());
            await(api.getCurrencyRates());
        }
        assertThat(server.count("get_token")).isZero();
        assertThat(cipher.calls.get()).isZero();
        assertThat(server.received()).hasSize(2).allSatisfy(r -> {
            assertThat(r.param("plain_password")).isEqualTo(TestSupport.PASSWORD);
            assertThat(r.params.keySet()).doesNotContain("token", "encrypted_password");
        });
    }
}
