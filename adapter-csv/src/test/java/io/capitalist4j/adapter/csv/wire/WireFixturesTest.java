package io.capitalist4j.adapter.csv.wire;

import io.capitalist4j.adapter.csv.ResponseFormat;
import static io.capitalist4j.adapter.csv.wire.Fixtures.bytes;
import static io.capitalist4j.adapter.csv.wire.Fixtures.failed;
import static io.capitalist4j.adapter.csv.wire.Fixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.ConfirmationResult;
import io.capitalist4j.domain.batch.LineRejection;
import io.capitalist4j.domain.batch.RecordState;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.HistoryEntry;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.error.ApiError;
import io.capitalist4j.domain.fee.FeeQuote;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.rate.CurrencyRates;
import io.capitalist4j.domain.rate.Rate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WireFixturesTest {

    private static final String BATCH = "c1f56606-15a8-43ff-99ef-a2a63ddc819a";

    @ParameterizedTest
    @ValueSource(strings = {"get_token.json", "get_token.csv", "get_token.json-lite"})
    void readsTheTokenAndItsKeyInEveryFormat(String fixture) {
        TokenGrant grant = ok(WireCodecs.token(formatOf(fixture)).decode(bytes(fixture)));
        assertThat(grant.token()).hasSize(256).startsWith("35E9F07B").endsWith("5895BD");
        assertThat(grant.key().modulusHex()).hasSize(256).startsWith("a3faa98a");
        assertThat(grant.key().exponentHex()).isEqualTo("10001");
        assertThat(grant.key().pkcs1Pem()).isEmpty();
        assertThat(grant.toString()).doesNotContain("35E9F07B");
    }

    @Test
    void readsAnUploadReceiptWithFeesAndARejectedLineFromJson() {
        BatchReceipt receipt = ok(WireCodecs.importBatch(ResponseFormat.JSON).decode(bytes("import_batch_advanced.json")));
        assertThat(receipt.id()).isEqualTo(BatchId.of("7a157e3d-cb28-4565-9ba9-218a606810b3"));
        assertThat(receipt.summary()).containsEntry(Currency.RUR, new BigDecimal("110.00"))
                .containsEntry(Currency.BTC, new BigDecimal("0.00000000"));
        assertThat(receipt.summary().get(Currency.USD).scale()).isEqualTo(2);
        assertThat(receipt.fee()).containsEntry(Currency.RUR, new BigDecimal("1.50"));
        assertThat(receipt.nettoSummary()).containsEntry(Currency.USD, new BigDecimal("1.12"));
        assertThat(receipt.rejections()).containsExactly(new LineRejection(2, "Неверный номер карты"));
    }

    @Test
    void readsTheSameUploadReceiptFromCsvWithoutFees() {
        BatchReceipt receipt = ok(WireCodecs.importBatch(ResponseFormat.CSV).decode(bytes("import_batch_advanced.csv")));
        BatchReceipt json = ok(WireCodecs.importBatch(ResponseFormat.JSON).decode(bytes("import_batch_advanced.json")));
        assertThat(receipt.id()).isEqualTo(json.id());
        assertThat(receipt.summary()).isEqualTo(json.summary());
        assertThat(receipt.fee()).isEmpty();
        assertThat(receipt.rejections()).isEqualTo(json.rejections());
    }

    @Test
    void readsAReceiptWithoutErrorsWherePhpWroteEmptyMapsAsLists() {
        BatchReceipt json = ok(WireCodecs.importBatch(ResponseFormat.JSON).decode(bytes("import_batch_advanced-no-errors.json")));
        BatchReceipt csv = ok(WireCodecs.importBatch(ResponseFormat.CSV).decode(bytes("import_batch_advanced-no-errors.csv")));
        assertThat(json.summary()).isEqualTo(Map.of(Currency.RUR, new BigDecimal("110.00")));
        assertThat(json.fee()).isEmpty();
        assertThat(json.rejections()).isEmpty();
        assertThat(csv).isEqualTo(json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"process_batch.json", "process_batch.csv", "process_batch.json-lite"})
    void readsAConfirmationInEveryFormat(String fixture) {
        ConfirmationResult result = ok(WireCodecs.processBatch(formatOf(fixture)).decode(bytes(fixture)));
        assertThat(result).isEqualTo(new ConfirmationResult(BatchId.of(BATCH), 1));
        assertThat(result.confirmed()).isTrue();
    }

    @Test
    void readsAFailedConfirmationWhoseCodeCameAsText() {
        ConfirmationResult result = ok(WireCodecs.processBatch(ResponseFormat.JSON).decode(bytes("process_batch-failed-code.json")));
        assertThat(result.verificationSuccess()).isEqualTo(2);
        assertThat(result.confirmed()).isFalse();
    }

    @Test
    void readsABatchPageFromJsonAndCsvAlike() {
        BatchPage json = ok(WireCodecs.batchInfo(ResponseFormat.JSON).decode(bytes("get_batch_info.json")));
        BatchPage csv = ok(WireCodecs.batchInfo(ResponseFormat.CSV).decode(bytes("get_batch_info.csv")));
        assertThat(csv).isEqualTo(json);
        assertThat(json.totalCount()).isEqualTo(2);
        assertThat(json.records()).hasSize(2);
        BatchRecord first = json.records().get(0);
        assertThat(first.documentId()).contains("92362566");
        assertThat(first.amount()).isEqualTo(new BigDecimal("10.00"));
        assertThat(first.state()).isEqualTo(RecordState.PROCESSED);
        BatchRecord skipped = json.records().get(1);
        assertThat(skipped.documentId()).isEmpty();
        assertThat(skipped.isSkipped()).isTrue();
        assertThat(skipped.description()).isEqualTo("Выплата");
        assertThat(skipped.errorDetails()).isEqualTo("Неверный номер карты");
    }

    @Test
    void readsTheOlderCsvPagingLineWithCrlfAndWorksOutThePageCount() {
        BatchPage page = ok(WireCodecs.batchInfo(ResponseFormat.CSV).decode(bytes("get_batch_info-older-crlf.csv")));
        BatchPage json = ok(WireCodecs.batchInfo(ResponseFormat.JSON).decode(bytes("get_batch_info.json")));
        assertThat(page).isEqualTo(json);
    }

    @Test
    void acceptsNumbersWrittenAsStringsAndIdsWrittenAsNumbers() {
        BatchPage page = ok(WireCodecs.batchInfo(ResponseFormat.JSON).decode(bytes("get_batch_info-string-numbers.json")));
        assertThat(page.pageSize()).isEqualTo(100);
        assertThat(page.totalCount()).isEqualTo(1);
        BatchRecord record = page.records().get(0);
        assertThat(record.lineNumber()).isEqualTo(1);
        assertThat(record.internalNumber()).isEqualTo("9999");
        assertThat(record.amount()).isEqualTo(new BigDecimal("10.00")).hasScaleOf(2);
        assertThat(record.documentId()).contains("92362566");
        assertThat(record.errorDetails()).isEmpty();
    }

    @Test
    void readsABatchPageFromJsonLite() {
        BatchPage page = ok(WireCodecs.batchInfo(ResponseFormat.JSON_LITE).decode(bytes("get_batch_info.json-lite")));
        assertThat(page.id()).isEqualTo(BatchId.of(BATCH));
        assertThat(page.records()).extracting(BatchRecord::documentId).containsExactly(Optional.of("92362566"));
    }

    @Test
    void readsFoundDocumentsFromJsonAndCsvAlike() {
        List<FoundDocument> json = ok(WireCodecs.documentsSearch(ResponseFormat.JSON).decode(bytes("documents_search.json")));
        List<FoundDocument> csv = ok(WireCodecs.documentsSearch(ResponseFormat.CSV).decode(bytes("documents_search.csv")));
        assertThat(csv).isEqualTo(json);
        FoundDocument doc = json.get(0);
        assertThat(doc.batchId()).contains("344bfcc6-1231-4eb1-a8bd-872c1f697bb0");
        assertThat(doc.timestamp()).isEqualTo(Instant.ofEpochSecond(1465483189));
        assertThat(doc.documentNumber()).isEqualTo("92362566");
        assertThat(doc.comment()).isEmpty();
        assertThat(doc.state()).contains(RecordState.PROCESSED);
        assertThat(doc.localizedDocumentState()).isEqualTo("Исполнен");
    }

    @Test
    void readsAnEmptySearchWrittenAsABareZero() {
        assertThat(ok(WireCodecs.documentsSearch(ResponseFormat.CSV).decode(bytes("documents_search-bare-zero.csv")))).isEmpty();
    }

    @Test
    void readsBothHistoryEntryShapesOfTheExtendedHistory() {
        HistoryPage page = ok(WireCodecs.history(ResponseFormat.JSON).decode(bytes("get_documents_history_ext.json")));
        assertThat(page.currentPage()).isEqualTo(1);
        assertThat(page.isLast()).isTrue();
        HistoryEntry first = page.entries().get(0);
        assertThat(first.number()).isEqualTo("92362566");
        assertThat(first.id()).isEqualTo("181234567");
        assertThat(first.batchId()).contains("344bfcc6-1231-4eb1-a8bd-872c1f697bb0");
        assertThat(first.amount()).isEqualTo(new BigDecimal("-10.00")).hasScaleOf(2);
        assertThat(first.tax()).contains(new BigDecimal("0.15"));
        assertThat(first.destAmount()).isEmpty();
        assertThat(first.comment()).isEmpty();
        assertThat(first.outgoing()).isTrue();
        HistoryEntry second = page.entries().get(1);
        assertThat(second.batchId()).isEmpty();
        assertThat(second.timestamp()).isEqualTo(Instant.ofEpochSecond(1465483200));
        assertThat(second.amount()).isEqualTo(new BigDecimal("-1.40"));
        assertThat(second.tax()).isEmpty();
        assertThat(second.destAmount()).contains(new BigDecimal("1.10"));
        assertThat(second.destCurrency()).contains("EUR");
        assertThat(second.outgoing()).isTrue();
        assertThat(second.selfExchange()).isFalse();
    }

    @Test
    void readsAccountsWithCyrillicAndQuotedNames() {
        AccountsOverview json = ok(WireCodecs.accounts(ResponseFormat.JSON).decode(bytes("get_accounts.json")));
        AccountsOverview csv = ok(WireCodecs.accounts(ResponseFormat.CSV).decode(bytes("get_accounts.csv")));
        assertThat(json.summary()).containsEntry(Currency.USD, new BigDecimal("99998883588.94"))
                .containsEntry(Currency.BTC, new BigDecimal("2.00"));
        assertThat(json.accounts()).hasSize(5);
        assertThat(json.find(AccountNumber.of("E0100965")).orElseThrow().available()).isEqualTo(new BigDecimal("2749.05"));
        assertThat(csv.summary()).containsOnlyKeys(Currency.RUR, Currency.USD, Currency.EUR)
                .containsEntry(Currency.RUR, new BigDecimal("21069.99"));
        assertThat(csv.accounts().get(0).name()).isEqualTo("Для рефера");
        assertThat(csv.accounts().get(1).name()).isEqualTo("Test API account");
        assertThat(csv.accounts().get(3).name()).isEqualTo("Для мерчанта; \"RUR1\"");
        assertThat(csv.accounts().get(4)).isEqualTo(json.accounts().get(4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"is_verified_account.json", "is_verified_account.csv", "is_verified_account.json-lite"})
    void readsAVerifiedAccountInEveryFormat(String fixture) {
        assertThat(ok(WireCodecs.verifiedAccount(formatOf(fixture)).decode(bytes(fixture)))).isTrue();
    }

    @Test
    void readsAnUnverifiedAccount() {
        assertThat(ok(WireCodecs.verifiedAccount(ResponseFormat.CSV).decode(bytes("is_verified_account-not.csv")))).isFalse();
    }

    @Test
    void readsRatesKeepingEveryDigitTheServerSent() {
        CurrencyRates json = ok(WireCodecs.currencyRates(ResponseFormat.JSON).decode(bytes("currency_rates.json")));
        CurrencyRates csv = ok(WireCodecs.currencyRates(ResponseFormat.CSV).decode(bytes("currency_rates.csv")));
        assertThat(json.buy().get(0).amount()).isEqualTo(new BigDecimal("1.1000000000000001"));
        assertThat(json.buy()).hasSize(6);
        assertThat(json.uahSell()).containsExactly(new Rate("USD", new BigDecimal("2765.00"), "UAH", Optional.of(100)));
        assertThat(csv.buy()).isEqualTo(json.buy());
        assertThat(csv.sell()).isEqualTo(json.sell());
        assertThat(csv.uahSell()).containsExactly(new Rate("USD", new BigDecimal("2765.00"), "UAH", Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"get_document_fee.json", "get_document_fee.csv", "get_document_fee.json-lite"})
    void readsAFeeQuoteInEveryFormat(String fixture) {
        FeeQuote quote = ok(WireCodecs.documentFee(formatOf(fixture)).decode(bytes(fixture)));
        assertThat(quote).isEqualTo(new FeeQuote(new BigDecimal("40.00"), "USD", new BigDecimal("100.00")));
        assertThat(quote.fee().scale()).isEqualTo(2);
    }

    @Test
    void readsAnErrorWhoseDataIsAnEmptyList() {
        WireResult.Failed<?> failed = failed(WireCodecs.importBatch(ResponseFormat.JSON).decode(bytes("error-113-data-array.json")));
        assertThat(failed.error()).isEqualTo(new ApiError(113, "bad words"));
        assertThat(failed.detail()).isEmpty();
        assertThat(failed.errorWithDetail()).isEqualTo(failed.error());
    }

    @Test
    void readsAnErrorWhoseDataIsAnEmptyObjectOrAbsent() {
        assertThat(failed(WireCodecs.accounts(ResponseFormat.JSON).decode(bytes("error-20-data-object.json"))).error().code())
                .isEqualTo(20);
        assertThat(failed(WireCodecs.accounts(ResponseFormat.JSON).decode(bytes("error-16-no-data.json"))).error().code())
                .isEqualTo(16);
        assertThat(failed(WireCodecs.documentFee(ResponseFormat.JSON).decode(bytes("error-135-string-code.json"))).error())
                .isEqualTo(new ApiError(135, "Insufficient funds"));
    }

    @Test
    void readsACsvErrorWhoseMessageContainsASemicolon() {
        WireResult.Failed<?> failed = failed(WireCodecs.history(ResponseFormat.CSV).decode(bytes("error-16.csv")));
        assertThat(failed.error()).isEqualTo(new ApiError(16, "The number of login attempts exceeded; try again 30 minutes later"));
        assertThat(failed.detail()).isEmpty();
    }

    @Test
    void keepsTheSecondLineOfA185Or187CsvError() {
        WireResult.Failed<?> zero = failed(WireCodecs.importBatch(ResponseFormat.CSV).decode(bytes("error-185.csv")));
        assertThat(zero.error().code()).isEqualTo(185);
        assertThat(zero.detail()).contains("518604");
        assertThat(zero.errorWithDetail().message()).isEqualTo("Error importing a batch payment (518604)");
        WireResult.Failed<?> unavailable = failed(WireCodecs.importBatch(ResponseFormat.CSV).decode(bytes("error-187.csv")));
        assertThat(unavailable.detail()).contains("3");
        assertThat(unavailable.error().retryable()).isTrue();
    }

    @Test
    void readsJsonLiteErrorsWithAndWithoutExtraRows() {
        assertThat(failed(WireCodecs.token(ResponseFormat.JSON_LITE).decode(bytes("error-113.json-lite"))).error())
                .isEqualTo(new ApiError(113, "bad words"));
        WireResult.Failed<?> zero = failed(WireCodecs.importBatch(ResponseFormat.JSON_LITE).decode(bytes("error-185.json-lite")));
        assertThat(zero.detail()).contains("518604");
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty-success.json", "empty-success.csv", "ok.json-lite"})
    void readsTheBareEnvelopeOfAnOperationWithoutData(String fixture) {
        String message = ok(WireCodecs.envelope("add_payment_notification", formatOf(fixture)).decode(bytes(fixture)));
        assertThat(message).isEqualTo(fixture.equals("ok.json-lite") ? "OK" : "");
    }

    @Test
    void readsAnErrorThroughTheBareEnvelope() {
        WireResult.Failed<?> failed = failed(WireCodecs.envelope("password_recovery", ResponseFormat.JSON)
                .decode(bytes("error-113-data-array.json")));
        assertThat(failed.error().code()).isEqualTo(113);
    }

    static ResponseFormat formatOf(String fixture) {
        if (fixture.endsWith(".json-lite")) {
            return ResponseFormat.JSON_LITE;
        }
        return fixture.endsWith(".csv") ? ResponseFormat.CSV : ResponseFormat.JSON;
    }
}
