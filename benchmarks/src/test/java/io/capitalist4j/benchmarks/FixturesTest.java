package io.capitalist4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.adapter.csv.wire.WireCodecs;
import io.capitalist4j.adapter.csv.wire.WireResult;
import io.capitalist4j.application.port.in.SubmittedBatch;
import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.payment.Opcode;
import io.capitalist4j.domain.payment.PaymentOrder;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmarks measure real work only if their fixtures are what they claim to be. */
class FixturesTest {

    @Test
    void theBatchBenchmarkSetupBuildsAValidSignedBatchWithEveryOpcodeOfTheMix() throws Exception {
        BatchBenchmark benchmark = new BatchBenchmark();
        benchmark.records = 1000;
        benchmark.setUp();

        Batch batch = Batch.of(benchmark.rows.toOrders(), benchmark.limits);
        Set<Opcode> opcodes = batch.orders().stream().map(PaymentOrder::opcode)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Opcode.class)));
        String text = benchmark.format.render(batch).text();

        assertThat(batch.size()).isEqualTo(1000);
        assertThat(opcodes).containsExactlyInAnyOrder(PayoutRows.MIX);
        assertThat(text).contains("Выплата").hasLineCount(1000);
        assertThat(benchmark.ours().data()).isPresent();
        assertThat(benchmark.floor()).hasSize(256);
    }

    @Test
    void bothBatchInfoBodiesDecodeToTheSameThousandRecords() {
        BatchPage json = ok(WireCodecs.batchInfo(ResponseFormat.JSON).decode(DecodeBenchmark.body("JSON")));
        BatchPage csv = ok(WireCodecs.batchInfo(ResponseFormat.CSV).decode(DecodeBenchmark.body("CSV")));

        assertThat(json.records()).hasSize(DecodeBenchmark.RECORDS).isEqualTo(csv.records());
        assertThat(json.records()).filteredOn(BatchRecord::isSkipped).hasSize(DecodeBenchmark.RECORDS / 50);
        assertThat(json.totalCount()).isEqualTo(csv.totalCount()).isEqualTo(100_000);
    }

    @Test
    void theDecodeFloorsReadEveryByteOfTheBody() throws Exception {
        DecodeBenchmark json = new DecodeBenchmark();
        json.format = "JSON";
        json.setUp();
        DecodeBenchmark csv = new DecodeBenchmark();
        csv.format = "CSV";
        csv.setUp();

        assertThat(json.floor()).isPositive();
        // every character except the separators ends up in a field
        String text = new String(csv.body, java.nio.charset.StandardCharsets.UTF_8);
        long separators = text.chars().filter(c -> c == ';' || c == '\n').count();
        assertThat(csv.floor()).isEqualTo(text.length() - separators);
    }

    @Test
    void theReconcileBenchmarkUploadsOneFiveThousandLineBatchAndCountsOneSearchPerUnmatchedNumberPlusOne() {
        ReconcileBenchmark benchmark = new ReconcileBenchmark();
        benchmark.unknown = 500;
        benchmark.setUp();
        try {
            assertThat(benchmark.bank.batches()).singleElement()
                    .satisfies(id -> assertThat(benchmark.bank.records(id)).hasSize(ReconcileBenchmark.PAYOUTS));
            assertThat(benchmark.query.paymentNumbers()).hasSize(5_500)
                    .startsWith(benchmark.batch.paymentNumbers().toArray(String[]::new));

            ReconcileBenchmark.Calls ours = new ReconcileBenchmark.Calls();
            benchmark.forgetRequests();
            assertThat(benchmark.ours(ours).missingNumbers()).hasSize(500).allMatch(n -> n.startsWith("UNKNOWN-"));
            ReconcileBenchmark.Calls floor = new ReconcileBenchmark.Calls();
            benchmark.forgetRequests();
            assertThat(benchmark.floor(floor)).hasSize(ReconcileBenchmark.PAYOUTS);

            assertThat(ours.searches).isEqualTo(501);
            assertThat(floor.searches).isEqualTo(1);
        } finally {
            benchmark.tearDown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2file", "postgresql"})
    void oneJournalBenchmarkSubmitLeavesTenThousandSentNumbersAndTheNextBatchHasNewOnes(String journal) {
        JournalBenchmark benchmark = new JournalBenchmark();
        benchmark.journal = journal;
        benchmark.setUp();
        try {
            benchmark.nextBatch();
            List<String> numbers = benchmark.next.paymentNumbers();
            SubmittedBatch submitted = benchmark.submit();
            benchmark.checkSent();

            assertThat(submitted.acceptedPaymentNumbers()).hasSize(JournalBenchmark.PAYOUTS);
            assertThat(benchmark.bank.records(submitted.id())).hasSize(JournalBenchmark.PAYOUTS);
            assertThat(benchmark.sent()).hasSize(JournalBenchmark.PAYOUTS)
                    .allSatisfy(e -> assertThat(e.batchId()).contains(submitted.id().value()))
                    .extracting(JournalEntry::paymentNumber).containsExactlyInAnyOrderElementsOf(numbers);
            benchmark.nextBatch();
            assertThat(benchmark.next.paymentNumbers()).hasSize(JournalBenchmark.PAYOUTS).doesNotContainAnyElementsOf(numbers);
        } finally {
            benchmark.tearDown();
        }
    }

    @Test
    void theJournalBenchmarkFloorSubmitsTheSameBatchWithoutAJournal() {
        JournalBenchmark benchmark = new JournalBenchmark();
        benchmark.journal = JournalBenchmark.NONE;
        benchmark.setUp();
        try {
            benchmark.nextBatch();
            SubmittedBatch submitted = benchmark.submit();
            benchmark.checkSent();

            assertThat(benchmark.client.journal()).isEmpty();
            assertThat(benchmark.bank.records(submitted.id())).hasSize(JournalBenchmark.PAYOUTS);
        } finally {
            benchmark.tearDown();
        }
    }

    @SuppressWarnings("unchecked")
    private static BatchPage ok(WireResult<BatchPage> result) {
        assertThat(result).isInstanceOf(WireResult.Ok.class);
        return ((WireResult.Ok<BatchPage>) result).value();
    }
}
