package io.capitalist4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final String RESULTS = "["
            + "{\"benchmark\":\"io.capitalist4j.benchmarks.BatchBenchmark.floor\",\"params\":{\"records\":\"1000\"},"
            + "\"primaryMetric\":{\"score\":400.0,\"scoreError\":4.0,\"scoreUnit\":\"ops/s\"}},"
            + "{\"benchmark\":\"io.capitalist4j.benchmarks.BatchBenchmark.ours\",\"params\":{\"records\":\"1000\"},"
            + "\"primaryMetric\":{\"score\":100.0,\"scoreError\":2.0,\"scoreUnit\":\"ops/s\"}},"
            + "{\"benchmark\":\"io.capitalist4j.benchmarks.RoundTripBenchmark.ours\",\"params\":{\"concurrency\":\"16\"},"
            + "\"primaryMetric\":{\"score\":2.0,\"scoreError\":0.1,\"scoreUnit\":\"ops/s\"}}"
            + "]";

    @Test
    void pairsOursWithItsFloorAndScalesOperationsToTheFiguresUnit() throws Exception {
        List<Report.Figure> figures = Report.figures(new ObjectMapper().readTree(RESULTS));

        assertThat(figures).hasSize(1); // the round trip has no floor in this file, so it is left out
        Report.Figure batch = figures.get(0);
        assertThat(batch.name()).isEqualTo("P1.batch1000.records/s");
        assertThat(batch.ours()).isEqualTo(100_000.0);
        assertThat(batch.floor()).isEqualTo(400_000.0);
        assertThat(batch.ratio()).isEqualTo(0.25);
        assertThat(batch.line().trim().split("\\s+")).containsExactly("P1.batch1000.records/s", "100000", "400000", "0.25");
    }

    @Test
    void readsOursAndFloorFromAPathParameterAndCountsEveryCallOfAnOperation() throws Exception {
        String results = "["
                + "{\"benchmark\":\"io.capitalist4j.benchmarks.RoundTripBenchmark.calls\","
                + "\"params\":{\"concurrency\":\"16\",\"path\":\"floor\"},\"primaryMetric\":{\"score\":4.0}},"
                + "{\"benchmark\":\"io.capitalist4j.benchmarks.RoundTripBenchmark.calls\","
                + "\"params\":{\"concurrency\":\"16\",\"path\":\"ours\"},\"primaryMetric\":{\"score\":3.0}}"
                + "]";

        List<Report.Figure> figures = Report.figures(new ObjectMapper().readTree(results));

        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("P3.getBatchInfo.c16.calls/s");
            assertThat(f.ours()).isEqualTo(3.0 * RoundTripBenchmark.CALLS_PER_OPERATION);
            assertThat(f.ratio()).isEqualTo(0.75);
        });
    }

    @Test
    void countsEveryPayoutOfAnApi2Operation() throws Exception {
        String results = "["
                + "{\"benchmark\":\"io.capitalist4j.benchmarks.Api2PayoutBenchmark.payouts\","
                + "\"params\":{\"concurrency\":\"16\",\"path\":\"floor\"},\"primaryMetric\":{\"score\":5.0}},"
                + "{\"benchmark\":\"io.capitalist4j.benchmarks.Api2PayoutBenchmark.payouts\","
                + "\"params\":{\"concurrency\":\"16\",\"path\":\"ours\"},\"primaryMetric\":{\"score\":4.5}}"
                + "]";

        List<Report.Figure> figures = Report.figures(new ObjectMapper().readTree(results));

        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("P6.api2Payment.c16.payouts/s");
            assertThat(f.ours()).isEqualTo(4.5 * Api2PayoutBenchmark.PAYOUTS_PER_OPERATION);
            assertThat(f.floor()).isEqualTo(5.0 * Api2PayoutBenchmark.PAYOUTS_PER_OPERATION);
            assertThat(f.ratio()).isEqualTo(0.9);
        });
    }

    @Test
    void readsSecondsPerReconciliationAndItsCallsPerIterationFromTheSearchesCounter() throws Exception {
        String results = "["
                + "{\"benchmark\":\"io.capitalist4j.benchmarks.ReconcileBenchmark.floor\",\"params\":{\"unknown\":\"500\"},"
                + "\"primaryMetric\":{\"score\":0.25},"
                + "\"secondaryMetrics\":{\"searches\":{\"score\":3.0,\"rawData\":[[1.0,1.0,1.0]]}}},"
                + "{\"benchmark\":\"io.capitalist4j.benchmarks.ReconcileBenchmark.ours\",\"params\":{\"unknown\":\"500\"},"
                + "\"primaryMetric\":{\"score\":1.0},"
                + "\"secondaryMetrics\":{\"searches\":{\"score\":1503.0,\"rawData\":[[501.0,501.0,501.0]]}}}"
                + "]";

        List<Report.Figure> figures = Report.figures(new ObjectMapper().readTree(results));

        assertThat(figures).extracting(Report.Figure::name)
                .containsExactly("P5.reconcile5000.unknown500.seconds", "P5.reconcile5000.unknown500.calls");
        assertThat(figures.get(0).ratio()).isEqualTo(4.0);
        assertThat(figures.get(1).ours()).isEqualTo(501.0);
        assertThat(figures.get(1).floor()).isEqualTo(1.0);
    }

    @Test
    void takesTheSubmitWithoutAJournalAsTheFloorOfEveryJournal() throws Exception {
        String results = "["
                + "{\"benchmark\":\"io.capitalist4j.benchmarks.JournalBenchmark.submit\",\"params\":{\"journal\":\"none\"},"
                + "\"primaryMetric\":{\"score\":0.5}},"
                + "{\"benchmark\":\"io.capitalist4j.benchmarks.JournalBenchmark.submit\",\"params\":{\"journal\":\"h2file\"},"
                + "\"primaryMetric\":{\"score\":0.55}},"
                + "{\"benchmark\":\"io.capitalist4j.benchmarks.JournalBenchmark.submit\",\"params\":{\"journal\":\"postgresql\"},"
                + "\"primaryMetric\":{\"score\":0.75}}"
                + "]";

        List<Report.Figure> figures = Report.figures(new ObjectMapper().readTree(results));

        assertThat(figures).extracting(Report.Figure::name)
                .containsExactly("P7.submit10000.h2file.seconds", "P7.submit10000.postgresql.seconds");
        assertThat(figures).extracting(Report.Figure::floor).containsOnly(0.5);
        assertThat(figures.get(0).ratio()).isCloseTo(1.1, within(1e-9));
        assertThat(figures.get(1).ratio()).isCloseTo(1.5, within(1e-9));
    }
}
