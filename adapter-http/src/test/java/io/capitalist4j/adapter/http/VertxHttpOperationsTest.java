package io.capitalist4j.adapter.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.capitalist4j.adapter.http.ApiStubs.count;
import static io.capitalist4j.adapter.http.ApiStubs.fixture;
import static io.capitalist4j.adapter.http.ApiStubs.operation;
import static io.capitalist4j.adapter.http.TestSupport.await;
import static io.capitalist4j.adapter.http.TestSupport.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every operation in each answer format against the reference fixtures. The exact request of each operation
 * is pinned by {@link SessionAndUploadContractTest} and {@link ReadContractTest}.
 */
class VertxHttpOperationsTest extends WithWireMock {

    private static final String BATCH = "c1f56606-15a8-43ff-99ef-a2a63ddc819a";
    private final TestSupport.FakeCipher cipher = new TestSupport.FakeCipher();

    private CapitalistHttpApi client(ResponseFormat format) {
        return VertxHttp.create(HttpOptions.builder().baseUrl(uri()).vertx(vertx).format(format).build(),
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
        assertThat(count(wireMock, "get_token")).isEqualTo(1);
        assertThat(cipher.calls.get()).isEqualTo(1);
        List<LoggedRequest> all = wireMock.findAll(postRequestedFor(urlEqualTo("/")));
        assertThat(all).hasSize(10);
        for (LoggedRequest r : all) {
            String operation = r.formParameter("operation").firstValue();
            assertThat(r.formParameter("login").firstValue()).isEqualTo(TestSupport.LOGIN);
            assertThat(r.getHeader("Content-Type")).isEqualTo(ApiStubs.FORM);
            boolean history = operation.equals("get_documents_history_ext");
            assertThat(r.getHeader(ApiStubs.FORMAT_HEADER)).isEqualTo(history ? "json" : format.wireName());
            if (operation.equals("get_token")) {
                assertThat(r.formParameters().keySet()).containsExactlyInAnyOrder("operation", "login");
            } else {
                assertThat(r.formParameter("token").firstValue()).startsWith("35E9F07B");
                assertThat(r.formParameter("encrypted_password").firstValue()).isEqualTo("enc1-10001");
                assertThat(r.formParameters()).doesNotContainKey("plain_password");
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
        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo("/")))).hasSize(3)
                .allSatisfy(r -> assertThat(r.getHeader(ApiStubs.FORMAT_HEADER)).isEqualTo("json-lite"));
    }

    @Test
    void sendsTheChosenLanguageWithEveryRequestAndNoLanguageHeaderByDefault() throws Exception {
        try (CapitalistHttpApi api = VertxHttp.create(HttpOptions.builder().baseUrl(uri()).vertx(vertx).language("ru")
                .build(), credentials(), cipher)) {
            assertThat(await(api.isVerifiedAccount(AccountNumber.of("U1619957")))).isTrue();
        }
        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo("/")))).hasSize(2)
                .allSatisfy(r -> assertThat(r.getHeader("x-language")).isEqualTo("ru"));
        wireMock.resetRequests();
        try (CapitalistHttpApi api = client(ResponseFormat.JSON)) {
            assertThat(await(api.isVerifiedAccount(AccountNumber.of("U1619957")))).isTrue();
        }
        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo("/")))).hasSize(2)
                .allSatisfy(r -> assertThat(r.containsHeader("x-language")).isFalse());
    }

    @Test
    void refusesALanguageTheServerDoesNotKnow() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HttpOptions.builder().language("de").build())
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("language must be en or ru: de");
    }

    @Test
    void decodesByTheFormatTheServerSaysItUsedAndFallsBackToTheAskedOne() throws Exception {
        try (CapitalistHttpApi api = client(ResponseFormat.JSON)) {
            wireMock.stubFor(operation("get_document_fee").willReturn(fixture("get_document_fee.csv")));
            FeeQuery query = FeeQuery.of(DocumentType.WIRE, AccountNumber.of("U0100652"), new BigDecimal("100.00"));
            assertThat(await(api.getDocumentFee(query))).isEqualTo(new FeeQuote(new BigDecimal("40.00"), "USD",
                    new BigDecimal("100.00")));
            wireMock.stubFor(operation("get_document_fee").willReturn(aResponse().withStatus(200)
                    .withBody(ApiStubs.fixtureBytes("get_document_fee.json"))));
            assertThat(await(api.getDocumentFee(query))).isEqualTo(new FeeQuote(new BigDecimal("40.00"), "USD",
                    new BigDecimal("100.00")));
        }
        assertThat(wireMock.findAll(ApiStubs.sent("get_document_fee"))).hasSize(2)
                .allSatisfy(r -> assertThat(r.getHeader(ApiStubs.FORMAT_HEADER)).isEqualTo("json"));
    }
}
