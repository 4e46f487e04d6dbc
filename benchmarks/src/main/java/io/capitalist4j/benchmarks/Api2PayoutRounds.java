package io.capitalist4j.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/**
 * P6 interleaved: both clients of {@link Api2PayoutBenchmark} on one fake server in one JVM, taking turns in
 * chunks of {@link Api2PayoutBenchmark#PAYOUTS_PER_OPERATION} payouts (floor, ours, floor, ours, …; the first of
 * the round alternating), so that a machine shared with other work loads both alike, which JMH's
 * one-parameter-after-the-other order cannot promise. Each round starts a fresh server and fresh clients (as each
 * JMH iteration does). After {@code warm-up} untimed rounds, prints the median payouts/s of each side in
 * {@link Report}'s format, and on stderr every round and the median of the per-round ratios.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.capitalist4j.benchmarks.Api2PayoutRounds [rounds [warm-up
 * [chunks per side and round [concurrency]]]]}
 */
public final class Api2PayoutRounds {

    private Api2PayoutRounds() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int chunks = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        double[] ours = new double[rounds];
        double[] floor = new double[rounds];
        double[] ratios = new double[rounds];
        for (int round = -warmUp; round < rounds; round++) {
            Api2PayoutBenchmark benchmark = new Api2PayoutBenchmark();
            benchmark.concurrency = concurrency;
            benchmark.setUp();
            long oursNanos = 0;
            long floorNanos = 0;
            try {
                for (int k = 0; k < 2 * chunks; k++) {
                    boolean oursTurn = (k + Math.floorMod(round, 2)) % 2 == 1;
                    benchmark.path = oursTurn ? "ours" : "floor";
                    long start = System.nanoTime();
                    benchmark.payouts();
                    long nanos = System.nanoTime() - start;
                    if (oursTurn) {
                        oursNanos += nanos;
                    } else {
                        floorNanos += nanos;
                    }
                }
            } finally {
                benchmark.tearDown();
            }
            double payouts = (double) chunks * Api2PayoutBenchmark.PAYOUTS_PER_OPERATION;
            double o = payouts / (oursNanos / 1e9);
            double f = payouts / (floorNanos / 1e9);
            System.err.printf(Locale.ROOT, "%s  floor %.0f  ours %.0f  ratio %.2f%n",
                    round < 0 ? "warm-up" : "round " + (round + 1), f, o, o / f);
            if (round >= 0) {
                ours[round] = o;
                floor[round] = f;
                ratios[round] = o / f;
            }
        }
        System.err.printf(Locale.ROOT, "median of the per-round ratios %.2f, min %.2f, max %.2f%n",
                JournalRounds.median(ratios), Arrays.stream(ratios).min().orElse(Double.NaN),
                Arrays.stream(ratios).max().orElse(Double.NaN));
        System.out.println(new Report.Figure("P6.api2Payment.c" + concurrency + ".payouts/s",
                JournalRounds.median(ours), JournalRounds.median(floor)).line());
    }
}
