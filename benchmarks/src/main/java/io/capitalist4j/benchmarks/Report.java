package io.capitalist4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns JMH's JSON result file into one line per figure, {@code name ours floor ratio}: each benchmark class
 * has an {@code ours} and a {@code floor} method (or a {@code path} parameter with those values; P7 a
 * {@code journal} parameter whose value {@code none} is the floor of the others) measured in the same run; their
 * scores (operations per second, or seconds per operation) are scaled to the figure's unit and divided, ours over
 * floor. A benchmark that counts its remote calls ({@code @AuxCounters}) adds a second figure, the calls per
 * operation.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.capitalist4j.benchmarks.Report jmh-result.json}
 */
public final class Report {

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Report <jmh-result.json>");
            System.exit(2);
        }
        for (Figure figure : figures(new ObjectMapper().readTree(Files.readAllBytes(Path.of(args[0]))))) {
            System.out.println(figure.line());
        }
    }

    /** One figure: our score and the floor's in the same unit. */
    record Figure(String name, double ours, double floor) {

        double ratio() {
            return ours / floor;
        }

        String line() {
            return String.format(Locale.ROOT, "%-38s %12s %12s %6.2f", name, number(ours), number(floor), ratio());
        }
    }

    static List<Figure> figures(JsonNode results) {
        Map<String, Double> ours = new LinkedHashMap<>();
        Map<String, Double> floors = new LinkedHashMap<>();
        for (JsonNode run : results) {
            String benchmark = run.get("benchmark").asText();
            int dot = benchmark.lastIndexOf('.');
            // ours and floor are two methods, or one method with a "path" parameter (RoundTrip, Api2Payout)
            String method = run.path("params").has("path") ? run.path("params").get("path").asText()
                    : benchmark.substring(dot + 1);
            String type = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
            if (type.equals("JournalBenchmark")) {
                // one method, a "journal" parameter: the submit without one is the floor of every journal
                String journal = run.path("params").path("journal").asText();
                double seconds = run.get("primaryMetric").get("score").asDouble();
                if (journal.equals(JournalBenchmark.NONE)) {
                    JournalBenchmark.JOURNALS.forEach(j -> floors.put(JournalBenchmark.figure(j), seconds));
                } else {
                    ours.put(JournalBenchmark.figure(journal), seconds);
                }
                continue;
            }
            Optional<Unit> unit = unit(type, run.path("params"));
            if (unit.isEmpty()) {
                continue;
            }
            JsonNode metric = run.get("primaryMetric");
            double scale = unit.get().perOperation;
            double score = metric.get("score").asDouble() * scale;
            Map<String, Double> side = method.equals("ours") ? ours : method.equals("floor") ? floors : null;
            if (side == null) {
                continue;
            }
            side.put(unit.get().name, score);
            Optional<Counter> counter = unit.get().counter;
            if (counter.isPresent() && run.path("secondaryMetrics").has(counter.get().metric)) {
                side.put(counter.get().name, perIteration(run.path("secondaryMetrics").get(counter.get().metric)));
            }
        }
        List<Figure> figures = new ArrayList<>();
        ours.forEach((name, score) -> {
            Double floor = floors.get(name);
            if (floor != null) {
                figures.add(new Figure(name, score, floor));
            }
        });
        return figures;
    }

    /** What one operation of a benchmark stands for, and the JMH counter it also reports, if any. */
    private record Unit(String name, double perOperation, Optional<Counter> counter) {

        Unit(String name, double perOperation) {
            this(name, perOperation, Optional.empty());
        }
    }

    /** A figure read from an {@code @AuxCounters} metric: {@code metric} is its JMH name, {@code name} the figure's. */
    private record Counter(String metric, String name) {
    }

    /**
     * The mean per iteration of a counter: JMH's score of an event counter is the sum over all iterations, while
     * its raw data keeps one value per iteration (single-shot benchmarks: one operation each).
     */
    private static double perIteration(JsonNode metric) {
        double sum = 0;
        int count = 0;
        for (JsonNode fork : metric.path("rawData")) {
            for (JsonNode value : fork) {
                sum += value.asDouble();
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    private static Optional<Unit> unit(String type, JsonNode params) {
        switch (type) {
            case "BatchBenchmark": {
                int records = params.get("records").asInt();
                return Optional.of(new Unit("P1.batch" + records + ".records/s", records));
            }
            case "DecodeBenchmark": {
                String format = params.get("format").asText();
                return Optional.of(new Unit("P2.decode" + format + ".MB/s", DecodeBenchmark.body(format).length / 1e6));
            }
            case "RoundTripBenchmark": {
                int concurrency = params.get("concurrency").asInt();
                return Optional.of(new Unit("P3.getBatchInfo.c" + concurrency + ".calls/s", RoundTripBenchmark.CALLS_PER_OPERATION));
            }
            case "Api2PayoutBenchmark": {
                int concurrency = params.get("concurrency").asInt();
                return Optional.of(new Unit("P6.api2Payment.c" + concurrency + ".payouts/s",
                        Api2PayoutBenchmark.PAYOUTS_PER_OPERATION));
            }
            case "ReconcileBenchmark": {
                int unknown = params.get("unknown").asInt();
                String name = "P5.reconcile" + ReconcileBenchmark.PAYOUTS + (unknown == 0 ? "" : ".unknown" + unknown);
                return Optional.of(new Unit(name + ".seconds", 1, Optional.of(new Counter("searches", name + ".calls"))));
            }
            default:
                return Optional.empty();
        }
    }

    static String number(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
