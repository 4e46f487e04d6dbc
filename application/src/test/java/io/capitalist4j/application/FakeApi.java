package io.capitalist4j.application;

import io.capitalist4j.application.port.out.CapitalistApiPort;
import io.capitalist4j.application.port.out.ImportBatchRequest;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.ConfirmationResult;
import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.document.HistoryQuery;
import io.capitalist4j.domain.fee.FeeQuery;
import io.capitalist4j.domain.fee.FeeQuote;
import io.capitalist4j.domain.rate.CurrencyRates;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A hand-written stand-in for the remote API: each operation answers with what the test plugs in and every
 * call is recorded. Operations nobody plugged in fail loudly.
 */
final class FakeApi implements CapitalistApiPort {

    final List<ImportBatchRequest> imports = Collections.synchronizedList(new ArrayList<>());
    final List<BatchPageRequest> pageRequests = Collections.synchronizedList(new ArrayList<>());
    final List<DocumentSearch> searches = Collections.synchronizedList(new ArrayList<>());
    final List<HistoryQuery> historyQueries = Collections.synchronizedList(new ArrayList<>());
    final List<Object> otherArguments = Collections.synchronizedList(new ArrayList<>());

    volatile Function<ImportBatchRequest, CompletionStage<BatchReceipt>> onImport = r -> unexpected("importBatch");
    volatile BiFunction<BatchId, Secret, CompletionStage<ConfirmationResult>> onProcess = (b, s) -> unexpected("processBatch");
    volatile BiFunction<BatchId, BatchPageRequest, CompletionStage<BatchPage>> onBatchInfo = (b, p) -> unexpected("getBatchInfo");
    volatile Function<DocumentSearch, CompletionStage<List<FoundDocument>>> onSearch = s -> unexpected("searchDocuments");
    volatile Function<HistoryQuery, CompletionStage<HistoryPage>> onHistory = q -> unexpected("getHistory");
    volatile Supplier<CompletionStage<AccountsOverview>> onAccounts = () -> unexpected("getAccounts");
    volatile Function<AccountNumber, CompletionStage<Boolean>> onVerified = a -> unexpected("isVerifiedAccount");
    volatile Supplier<CompletionStage<CurrencyRates>> onRates = () -> unexpected("getCurrencyRates");
    volatile Function<FeeQuery, CompletionStage<FeeQuote>> onFee = q -> unexpected("getDocumentFee");

    static <T> CompletionStage<T> unexpected(String operation) {
        return CompletableFuture.failedFuture(new AssertionError("the test did not expect " + operation));
    }

    /** get_batch_info over a fixed list of records, honouring start_offset and page_size. */
    static BiFunction<BatchId, BatchPageRequest, CompletionStage<BatchPage>> serving(List<BatchRecord> records) {
        return (id, request) -> CompletableFuture.completedFuture(slice(id, request, records));
    }

    static BatchPage slice(BatchId id, BatchPageRequest request, List<BatchRecord> records) {
        int size = request.pageSize().orElse(records.size());
        int offset = request.startOffset().orElse(request.page().orElse(0) * size);
        int from = Math.min(offset, records.size());
        int to = Math.min(from + size, records.size());
        int pageCount = (records.size() + size - 1) / size;
        return new BatchPage(id, offset, offset / size, size, pageCount, records.size(),
                new ArrayList<>(records.subList(from, to)));
    }

    @Override
    public CompletionStage<BatchReceipt> importBatch(ImportBatchRequest request) {
        imports.add(request);
        return onImport.apply(request);
    }

    @Override
    public CompletionStage<ConfirmationResult> processBatch(BatchId batchId, Secret smsCode) {
        otherArguments.add(batchId);
        otherArguments.add(smsCode);
        return onProcess.apply(batchId, smsCode);
    }

    @Override
    public CompletionStage<BatchPage> getBatchInfo(BatchId batchId, BatchPageRequest page) {
        pageRequests.add(page);
        return onBatchInfo.apply(batchId, page);
    }

    @Override
    public CompletionStage<List<FoundDocument>> searchDocuments(DocumentSearch search) {
        searches.add(search);
        return onSearch.apply(search);
    }

    @Override
    public CompletionStage<HistoryPage> getHistory(HistoryQuery query) {
        historyQueries.add(query);
        return onHistory.apply(query);
    }

    @Override
    public CompletionStage<AccountsOverview> getAccounts() {
        return onAccounts.get();
    }

    @Override
    public CompletionStage<Boolean> isVerifiedAccount(AccountNumber account) {
        otherArguments.add(account);
        return onVerified.apply(account);
    }

    @Override
    public CompletionStage<CurrencyRates> getCurrencyRates() {
        return onRates.get();
    }

    @Override
    public CompletionStage<FeeQuote> getDocumentFee(FeeQuery query) {
        otherArguments.add(query);
        return onFee.apply(query);
    }
}
