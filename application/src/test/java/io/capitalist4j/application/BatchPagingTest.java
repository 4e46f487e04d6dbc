package io.capitalist4j.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.RecordState;
import io.capitalist4j.application.port.in.ShortPageException;
import io.capitalist4j.domain.error.TransportException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class BatchPagingTest extends ClientTestBase {

    private List<Integer> offsetsAsked() {
        List<Integer> offsets = new ArrayList<>();
        for (BatchPageRequest r : api.pageRequests) {
            offsets.add(r.startOffset().orElseThrow());
        }
        return offsets;
    }

    @Test
    void readsEveryRecordWithStartOffsetsInPagesOfAThousand() {
        List<BatchRecord> records = Fixtures.records(2500, RecordState.PROCESSED);
        api.onBatchInfo = FakeApi.serving(records);

        List<BatchRecord> all = value(client().allRecords(Fixtures.BATCH_ID));

        assertThat(all).isEqualTo(records);
        assertThat(offsetsAsked()).containsExactly(0, 1000, 2000);
        assertThat(api.pageRequests).allSatisfy(r -> {
            assertThat(r.pageSize()).contains(1000);
            assertThat(r.page()).isEmpty();
        });
    }

    @Test
    void stopsWithoutAnEmptyRequestWhenTheBatchFillsTheLastPageExactly() {
        api.onBatchInfo = FakeApi.serving(Fixtures.records(2000, RecordState.NEW));

        List<BatchRecord> all = value(client().allRecords(Fixtures.BATCH_ID));

        assertThat(all).hasSize(2000);
        assertThat(offsetsAsked()).containsExactly(0, 1000);
    }

    @Test
    void asksOnceForAnEmptyBatch() {
        api.onBatchInfo = FakeApi.serving(List.of());

        assertThat(value(client().allRecords(Fixtures.BATCH_ID))).isEmpty();
        assertThat(api.pageRequests).hasSize(1);
    }

    @Test
    void readsEveryRecordOnceInLineOrderForAnySizeAndPageSize() {
        CapitalistClient client = client();
        qt().withExamples(40).forAll(integers().between(0, 1200), integers().between(1, 1000)).checkAssert((total, pageSize) -> {
            api.pageRequests.clear();
            List<BatchRecord> records = Fixtures.records(total, RecordState.READY);
            api.onBatchInfo = FakeApi.serving(records);
            List<BatchRecord> seen = new ArrayList<>();

            value(client.forEachRecordPage(Fixtures.BATCH_ID, pageSize, page -> seen.addAll(page.records())));

            assertThat(seen).isEqualTo(records);
            int expectedCalls = Math.max(1, (total + pageSize - 1) / pageSize);
            assertThat(api.pageRequests).hasSize(expectedCalls);
            for (int i = 0; i < expectedCalls; i++) {
                assertThat(api.pageRequests.get(i).startOffset()).contains(i * pageSize);
            }
        });
    }

    @Test
    void asksForTheNextPageOnlyAfterTheConsumerHasHandledThePreviousOne() {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        List<BatchRecord> records = Fixtures.records(5, RecordState.NEW);
        api.onBatchInfo = (id, request) -> {
            events.add("ask " + request.startOffset().orElseThrow());
            return CompletableFuture.completedFuture(FakeApi.slice(id, request, records));
        };

        value(client().forEachRecordPage(Fixtures.BATCH_ID, 2, page -> events.add("consume " + page.offset())));

        assertThat(events).containsExactly("ask 0", "consume 0", "ask 2", "consume 2", "ask 4", "consume 4");
    }

    @Test
    void handsPagesToTheConsumerOnTheExecutor() {
        api.onBatchInfo = FakeApi.serving(Fixtures.records(3, RecordState.NEW));
        List<String> threads = Collections.synchronizedList(new ArrayList<>());

        value(client().forEachRecordPage(Fixtures.BATCH_ID, 1, page -> threads.add(Thread.currentThread().getName())));

        assertThat(threads).hasSize(3).allSatisfy(name -> assertThat(name).startsWith(WORKER));
    }

    @Test
    void followsShortPagesByTheRecordsActuallyReceived() {
        List<BatchRecord> records = Fixtures.records(7, RecordState.NEW);
        // A server that serves at most 3 records whatever page size is asked.
        api.onBatchInfo = (id, request) -> CompletableFuture.completedFuture(
                FakeApi.slice(id, BatchPageRequest.ofOffset(request.startOffset().orElseThrow(), 3), records));

        assertThat(value(client().allRecords(Fixtures.BATCH_ID))).isEqualTo(records);
        assertThat(offsetsAsked()).containsExactly(0, 3, 6);
    }

    @Test
    void failsRatherThanReturnAShortBatchWhenAPageComesBackEmptyTooEarly() {
        api.onBatchInfo = (id, request) -> CompletableFuture.completedFuture(
                new BatchPage(id, request.startOffset().orElseThrow(), 0, 1000, 1, 10,
                        request.startOffset().orElseThrow() == 0 ? Fixtures.records(4, RecordState.NEW) : List.of()));

        Throwable thrown = failure(client().allRecords(Fixtures.BATCH_ID));

        assertThat(thrown).isInstanceOf(ShortPageException.class).hasMessageContaining("0 records on page 0")
                .hasMessageContaining("10 records and only 4");
        assertThat(((ShortPageException) thrown).page()).isEqualTo(0);
        assertThat(((ShortPageException) thrown).declared()).isEqualTo(10);
    }

    @Test
    void readsABatchWithoutADeclaredTotalUntilAPageShorterThanAsked() {
        List<BatchRecord> records = Fixtures.records(5, RecordState.NEW);
        api.onBatchInfo = (id, request) -> {
            BatchPage full = FakeApi.slice(id, BatchPageRequest.ofOffset(request.startOffset().orElseThrow(), 2), records);
            return CompletableFuture.completedFuture(new BatchPage(id, full.offset(), full.page(), 2, BatchPage.UNKNOWN,
                    BatchPage.UNKNOWN, full.records()));
        };

        List<BatchRecord> all = new ArrayList<>();
        value(client().forEachRecordPage(Fixtures.BATCH_ID, 2, page -> all.addAll(page.records())));

        assertThat(all).isEqualTo(records);
        assertThat(offsetsAsked()).containsExactly(0, 2, 4);
    }

    @Test
    void readsABatchWithoutADeclaredTotalUpToAnEmptyPageWhenTheLastFullPageEndsIt() {
        List<BatchRecord> records = Fixtures.records(4, RecordState.NEW);
        api.onBatchInfo = (id, request) -> {
            BatchPage full = FakeApi.slice(id, BatchPageRequest.ofOffset(request.startOffset().orElseThrow(), 2), records);
            return CompletableFuture.completedFuture(new BatchPage(id, full.offset(), full.page(), 2, BatchPage.UNKNOWN,
                    BatchPage.UNKNOWN, full.records()));
        };

        List<BatchRecord> all = new ArrayList<>();
        value(client().forEachRecordPage(Fixtures.BATCH_ID, 2, page -> all.addAll(page.records())));

        assertThat(all).isEqualTo(records);
        assertThat(offsetsAsked()).containsExactly(0, 2, 4);
    }

    @Test
    void stopsAndFailsWithWhatTheConsumerThrows() {
        api.onBatchInfo = FakeApi.serving(Fixtures.records(10, RecordState.NEW));
        IllegalStateException full = new IllegalStateException("disk full");

        Throwable thrown = failure(client().forEachRecordPage(Fixtures.BATCH_ID, 2, page -> {
            throw full;
        }));

        assertThat(thrown).isSameAs(full);
        assertThat(api.pageRequests).hasSize(1);
    }

    @Test
    void failsWithTheReadFailureAsItIs() {
        TransportException reset = new TransportException("get_batch_info", "reset", true, null);
        api.onBatchInfo = (id, request) -> CompletableFuture.failedFuture(reset);

        assertThat(failure(client().allRecords(Fixtures.BATCH_ID))).isSameAs(reset);
    }

    @Test
    void rejectsAPageSizeAboveAThousandBeforeAskingAnything() {
        assertThatThrownBy(() -> client().forEachRecordPage(Fixtures.BATCH_ID, 1001, page -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1001");
        assertThatThrownBy(() -> client().forEachRecordPage(Fixtures.BATCH_ID, 0, page -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(api.pageRequests).isEmpty();
    }

    @Test
    void passesASinglePageRequestThroughAsItIs() {
        BatchPageRequest request = BatchPageRequest.ofPage(2, 50);
        api.onBatchInfo = FakeApi.serving(Fixtures.records(200, RecordState.NEW));

        BatchPage page = value(client().batchPage(Fixtures.BATCH_ID, request));

        assertThat(api.pageRequests).containsExactly(request);
        assertThat(page.records()).first().extracting(BatchRecord::lineNumber).isEqualTo(101);
        assertThat(page.records().get(0).documentId()).isEqualTo(Optional.of("1101"));
    }

    @Test
    void followsAHundredThousandRecordsPageByPageWithoutKeepingThem() {
        int total = 100_000;
        // Pages are made on demand, so only what the client keeps stays in memory.
        api.onBatchInfo = (id, request) -> {
            int offset = request.startOffset().orElseThrow();
            int size = request.pageSize().orElseThrow();
            List<BatchRecord> records = new ArrayList<>();
            for (int line = offset + 1; line <= Math.min(total, offset + size); line++) {
                records.add(Fixtures.record(line, RecordState.PROCESSED));
            }
            return CompletableFuture.completedFuture(new BatchPage(id, offset, offset / size, size, 100, total, records));
        };
        long[] lines = new long[2];

        value(client().forEachRecordPage(Fixtures.BATCH_ID, 1000, page -> {
            lines[0] += page.records().size();
            lines[1] = page.records().get(page.records().size() - 1).lineNumber();
        }));

        assertThat(lines).containsExactly(100_000L, 100_000L);
        assertThat(api.pageRequests).hasSize(100);
    }
}
