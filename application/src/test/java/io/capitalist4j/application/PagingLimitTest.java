package io.capitalist4j.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.application.port.in.PagingLimitException;
import io.capitalist4j.application.port.in.ReconcileQuery;
import io.capitalist4j.application.port.in.WaitOptions;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.RecordState;
import io.capitalist4j.domain.document.HistoryEntry;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.document.HistoryQuery;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.Period;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A walk asks for no page past what the server declared, and none past the client's limit of records per walk,
 * however many the server claims: a server claiming a billion records costs a bounded number of requests.
 */
class PagingLimitTest extends ClientTestBase {

    private static final int BILLION = 1_000_000_000;

    /** Full pages of INPROCESS records forever, each page claiming a billion records in all. */
    private void endlessBatch() {
        api.onBatchInfo = (id, request) -> {
            int offset = request.startOffset().orElseThrow();
            int size = request.pageSize().orElseThrow();
            List<BatchRecord> records = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                records.add(Fixtures.record(offset + i + 1, RecordState.INPROCESS));
            }
            return CompletableFuture.completedFuture(new BatchPage(id, offset, offset / size, size, BILLION / size, BILLION, records));
        };
    }

    private List<Integer> offsetsAsked() {
        List<Integer> offsets = new ArrayList<>();
        for (BatchPageRequest r : api.pageRequests) {
            offsets.add(r.startOffset().orElseThrow());
        }
        return offsets;
    }

    @Test
    void aBatchClaimingABillionRecordsStopsBeforeThePageThatWouldPassTheLimit() {
        endlessBatch();
        List<Integer> handed = Collections.synchronizedList(new ArrayList<>());
        CapitalistClient client = builder().maxRecordsPerWalk(6).build();

        Throwable thrown = failure(client.forEachRecordPage(Fixtures.BATCH_ID, 2, page -> handed.add(page.records().size())));

        assertThat(thrown).isInstanceOf(PagingLimitException.class)
                .hasMessage("get_batch_info: batch " + Fixtures.BATCH_ID + " declares 1000000000 records; page 3 would pass "
                        + "the limit of 6 records per walk, so it was not asked for");
        PagingLimitException limit = (PagingLimitException) thrown;
        assertThat(limit.operation()).isEqualTo("get_batch_info");
        assertThat(limit.page()).isEqualTo(3);
        assertThat(limit.declared()).isEqualTo(BILLION);
        assertThat(limit.limit()).isEqualTo(6);
        assertThat(handed).containsExactly(2, 2, 2);
        assertThat(offsetsAsked()).containsExactly(0, 2, 4);
    }

    @Test
    void aPageThatWouldCarryTheWalkPastTheLimitIsRefusedWhole() {
        endlessBatch();
        List<Integer> handed = Collections.synchronizedList(new ArrayList<>());
        CapitalistClient client = builder().maxRecordsPerWalk(5).build();

        Throwable thrown = failure(client.forEachRecordPage(Fixtures.BATCH_ID, 2, page -> handed.add(page.records().size())));

        assertThat(thrown).isInstanceOf(PagingLimitException.class);
        assertThat(((PagingLimitException) thrown).page()).isEqualTo(2);
        assertThat(handed).containsExactly(2, 2);
        assertThat(offsetsAsked()).containsExactly(0, 2, 4);
    }

    @Test
    void theDefaultLimitIsAHundredThousandRecordsAHundredFullPages() {
        endlessBatch();

        Throwable thrown = failure(client().allRecords(Fixtures.BATCH_ID));

        assertThat(CapitalistClient.DEFAULT_MAX_RECORDS_PER_WALK).isEqualTo(100_000);
        assertThat(thrown).isInstanceOf(PagingLimitException.class);
        assertThat(((PagingLimitException) thrown).limit()).isEqualTo(100_000);
        assertThat(api.pageRequests).hasSize(100);
    }

    @Test
    void aTotalThatGrowsDuringTheWalkDoesNotLengthenIt() {
        List<BatchRecord> records = Fixtures.records(10, RecordState.PROCESSED);
        api.onBatchInfo = (id, request) -> {
            int offset = request.startOffset().orElseThrow();
            int claimed = offset == 0 ? 4 : BILLION; // four at first, then a billion
            BatchPage page = FakeApi.slice(id, request, records);
            return CompletableFuture.completedFuture(new BatchPage(id, offset, page.page(), 2, 2, claimed, page.records()));
        };

        List<BatchRecord> all = Collections.synchronizedList(new ArrayList<>());

        value(client().forEachRecordPage(Fixtures.BATCH_ID, 2, page -> all.addAll(page.records())));

        assertThat(offsetsAsked()).containsExactly(0, 2);
        assertThat(all).isEqualTo(records.subList(0, 4));
    }

    @Test
    void theLimitMustAllowAtLeastOneRecord() {
        assertThatThrownBy(() -> builder().maxRecordsPerWalk(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxRecordsPerWalk must be at least 1: 0");
    }

    @Test
    void aHistoryWalkStopsAtThePageCountTheFirstPageDeclared() {
        api.onHistory = query -> {
            int page = query.page().orElseThrow();
            int pageCount = page == 1 ? 3 : 1_000_000; // three pages at first, then a million
            List<HistoryEntry> full = new java.util.ArrayList<>();
            for (int i = 1; i <= 50; i++) {
                full.add(Fixtures.entry((page - 1) * 50 + i));
            }
            return CompletableFuture.completedFuture(new HistoryPage(BILLION, pageCount, 50, page, 50, full));
        };

        List<HistoryEntry> all = value(client().allHistory(HistoryQuery.all().withLimit(50)));

        assertThat(all).hasSize(150);
        assertThat(api.historyQueries).extracting(q -> q.page().orElseThrow()).containsExactly(1, 2, 3);
    }

    @Test
    void aHistoryClaimingEndlessFullPagesStopsBeforeThePageThatWouldPassTheLimit() {
        api.onHistory = query -> {
            int page = query.page().orElseThrow();
            List<HistoryEntry> entries = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                entries.add(Fixtures.entry(page * 50 + i));
            }
            return CompletableFuture.completedFuture(new HistoryPage(BILLION, BILLION / 50, 50, page, 50, entries));
        };
        CapitalistClient client = builder().maxRecordsPerWalk(120).build();

        Throwable thrown = failure(client.allHistory(HistoryQuery.all().withLimit(50)));

        assertThat(thrown).isInstanceOf(PagingLimitException.class)
                .hasMessage("get_documents_history_ext: the history declares 1000000000 records; page 3 would pass "
                        + "the limit of 120 records per walk, so it was not asked for");
        assertThat(api.historyQueries).extracting(q -> q.page().orElseThrow()).containsExactly(1, 2, 3);
    }

    @Test
    void aWaitWhosePollPassesTheLimitFailsAtOnceInsteadOfPollingAgain() {
        endlessBatch();
        CapitalistClient client = builder().maxRecordsPerWalk(3).build();

        Throwable thrown = failure(client.awaitFinal(Fixtures.BATCH_ID,
                WaitOptions.of(Duration.ofMillis(1), Duration.ofMinutes(5)).withPageSize(2)));

        assertThat(thrown).isInstanceOf(PagingLimitException.class);
        assertThat(offsetsAsked()).containsExactly(0, 2);
    }

    @Test
    void aReconciliationKeepsNoMoreDocumentsThanTheLimit() {
        api.onSearch = search -> {
            if (search.customNumber().isEmpty()) {
                return CompletableFuture.completedFuture(List.of()); // the period's answer matched nothing
            }
            String number = search.customNumber().get();
            return CompletableFuture.completedFuture(List.of(Fixtures.document(number, "1", "PROCESSED"),
                    Fixtures.document(number, "2", "PROCESSED"), Fixtures.document(number, "3", "PROCESSED")));
        };
        CapitalistClient client = builder().maxRecordsPerWalk(5).build();

        Throwable thrown = failure(client.reconcile(new ReconcileQuery(List.of("A", "B", "C"),
                Period.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2)), 1)));

        assertThat(thrown).isInstanceOf(PagingLimitException.class).hasMessageContaining("documents_search: the search for payment number 2 of 3");
        assertThat(api.searches).hasSize(1 + 2);
    }

    @Test
    void thePeriodWideSearchKeepsNoMoreDocumentsThanTheLimitEither() {
        List<FoundDocument> nine = new java.util.ArrayList<>();
        for (String number : List.of("A", "B", "C")) {
            for (int i = 1; i <= 3; i++) {
                nine.add(Fixtures.document(number, number + i, "PROCESSED"));
            }
        }
        api.onSearch = search -> CompletableFuture.completedFuture(nine);
        CapitalistClient client = builder().maxRecordsPerWalk(5).build();

        Throwable thrown = failure(client.reconcile(new ReconcileQuery(List.of("A", "B", "C"),
                Period.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2)), 1)));

        assertThat(thrown).isInstanceOf(PagingLimitException.class).hasMessageContaining("the search over the whole period");
        assertThat(api.searches).hasSize(1);
    }
}
