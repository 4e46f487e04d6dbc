package io.capitalist4j.benchmarks;

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

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> names = new ArrayList<>();
        names.add(JournalBenchmark.NONE);
        names.addAll(JournalBenchmark.JOURNALS);
        Map<String, JournalBenchmark> benchmarks = new LinkedHashMap<>();
        try {
            for (String name : names) {
                JournalBenchmark benchmark = new JournalBenchmark();
                benchmark.journal = name;
                benchmark.setUp();
                benchmarks.put(name, benchmark);
            }
            Map<String, double[]> seconds = new LinkedHashMap<>();
            names.forEach(name -> seconds.put(name, new double[rounds]));
            for (int round = -warmUp; round < rounds; round++) {
                StringBuilder line = new StringBuilder(round < 0 ? "warm-up" : "round " + (round + 1));
                for (int k = 0; k < names.size(); k++) {
                    String name = names.get(Math.floorMod(round + k, names.size()));
                    double s = timedSubmit(benchmarks.get(name));
                    if (round >= 0) {
                        seconds.get(name)[round] = s;
                    }
                    line.append(String.format(Locale.ROOT, "  %s %.3f", name, s));
                }
                System.err.println(line);
            }
            double none = median(seconds.get(JournalBenchmark.NONE));
            for (String journal : JournalBenchmark.JOURNALS) {
                double[] ratios = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    ratios[r] = seconds.get(journal)[r] / seconds.get(JournalBenchmark.NONE)[r];
                }
                System.err.printf(Locale.ROOT, "%s: median of the per-round ratios %.2f, min %.2f, max %.2f%n",
                        journal, median(ratios), Arrays.stream(ratios).min().orElse(Double.NaN),
                        Arrays.stream(ratios).max().orElse(Double.NaN));
                System.out.println(new Report.Figure(JournalBenchmark.figure(journal),
                        median(seconds.get(journal)), none).line());
            }
        } finally {
            benchmarks.values().forEach(JournalBenchmark::tearDown);
        }
    }

    private static double timedSubmit(JournalBenchmark benchmark) {
        benchmark.nextBatch();
        long start = System.nanoTime();
        benchmark.submit();
        double seconds = (System.nanoTime() - start) / 1e9;
        benchmark.checkSent();
        return seconds;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
