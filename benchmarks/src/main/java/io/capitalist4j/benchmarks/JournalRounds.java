package io.capitalist4j.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * P7 interleaved: the three clients of {@link JournalBenchmark} (no journal, H2 file, PostgreSQL) set up side by
 * side in one JVM and taking turns, one 10 000-payout submit each per round, the first of the round rotating. On a
 * machine shared with other work, load then falls on all three alike, which JMH's one-parameter-after-the-other
 * order cannot promise. After {@code warm-up} untimed rounds, prints per journal the median seconds of a submit
 * against the median without a journal, in {@link Report}'s format, and on stderr every round and the median of
 * the per-round ratios.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.capitalist4j.benchmarks.JournalRounds [rounds [warm-up]]}
 */
public final class JournalRounds {

    private JournalRounds() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> names = new ArrayList<>();
        names.add(JournalBenchmark.NONE);
        names.addAll(JournalBenchmark.JOURNALS);
        Map<String, JournalBenchmark> benchmarks = new LinkedHashMap<>();
        Map<String, KeyFloor> floors = new LinkedHashMap<>();
        Path floorDirectory = Files.createTempDirectory("capitalist4j-p7-keys-");
        try {
            for (String name : names) {
                JournalBenchmark benchmark = new JournalBenchmark();
                benchmark.journal = name;
                benchmark.setUp();
                benchmarks.put(name, benchmark);
            }
            floors.put(keys("h2file"), KeyFloor.h2File(floorDirectory.resolve("keys")));
            floors.put(keys("postgresql"), KeyFloor.postgresql(
                    benchmarks.get("postgresql").postgres.getJdbcUrl("postgres", "postgres"), "postgres", ""));
            names.addAll(floors.keySet());
            Map<String, double[]> seconds = new LinkedHashMap<>();
            names.forEach(name -> seconds.put(name, new double[rounds]));
            for (int round = -warmUp; round < rounds; round++) {
                StringBuilder line = new StringBuilder(round < 0 ? "warm-up" : "round " + (round + 1));
                for (int k = 0; k < names.size(); k++) {
                    String name = names.get(Math.floorMod(round + k, names.size()));
                    double s = floors.containsKey(name) ? timedKeys(floors.get(name), round + warmUp)
                            : timedSubmit(benchmarks.get(name));
                    if (round >= 0) {
                        seconds.get(name)[round] = s;
                    }
                    line.append(String.format(Locale.ROOT, "  %s %.3f", name, s));
                }
                System.err.println(line);
            }
            double[] none = seconds.get(JournalBenchmark.NONE);
            for (String journal : JournalBenchmark.JOURNALS) {
                double[] ratios = new double[rounds];
                double[] added = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    ratios[r] = seconds.get(journal)[r] / none[r];
                    added[r] = seconds.get(journal)[r] - none[r];
                }
                System.err.printf(Locale.ROOT, "%s: median of the per-round ratios %.2f, min %.2f, max %.2f;"
                                + " adds %.0f ms (median per round); its keys alone %.0f ms%n",
                        journal, median(ratios), Arrays.stream(ratios).min().orElse(Double.NaN),
                        Arrays.stream(ratios).max().orElse(Double.NaN), median(added) * 1e3,
                        median(seconds.get(keys(journal))) * 1e3);
                System.out.println(new Report.Figure(JournalBenchmark.figure(journal),
                        median(seconds.get(journal)), median(none)).line());
            }
            for (String journal : JournalBenchmark.JOURNALS) {
                System.out.println(new Report.Figure("P7.keys" + JournalBenchmark.PAYOUTS + "." + journal + ".seconds",
                        median(seconds.get(keys(journal))), median(none)).line());
            }
        } finally {
            for (KeyFloor floor : floors.values()) {
                floor.close();
            }
            benchmarks.values().forEach(JournalBenchmark::tearDown);
            JournalBenchmark.delete(floorDirectory);
        }
    }

    /** The name under which {@code journal}'s database inserts only the keys ({@link KeyFloor}). */
    private static String keys(String journal) {
        return journal + "-keys";
    }

    private static double timedSubmit(JournalBenchmark benchmark) {
        benchmark.nextBatch();
        long start = System.nanoTime();
        benchmark.submit();
        double seconds = (System.nanoTime() - start) / 1e9;
        benchmark.checkSent();
        return seconds;
    }

    /** One {@link KeyFloor#insert} of as many numbers as a P7 batch, never inserted before. */
    private static double timedKeys(KeyFloor floor, int round) throws Exception {
        List<String> numbers = new ArrayList<>(JournalBenchmark.PAYOUTS);
        for (int i = 0; i < JournalBenchmark.PAYOUTS; i++) {
            numbers.add("PAY" + round + "-" + (1_000_000 + i));
        }
        long start = System.nanoTime();
        int rows = floor.insert(BenchBank.LOGIN, numbers);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (rows != numbers.size()) {
            throw new IllegalStateException("inserted " + rows + " keys of " + numbers.size());
        }
        return seconds;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
