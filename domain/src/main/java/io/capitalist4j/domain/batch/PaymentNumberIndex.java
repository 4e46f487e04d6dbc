package io.capitalist4j.domain.batch;

import io.capitalist4j.domain.payment.PaymentOrder;
import java.util.List;

/**
 * The first line of each payment number in a list of orders, to find numbers used twice. An open-addressing
 * table of line numbers and hashes rather than a {@code HashMap<String, Integer>}: a batch of a hundred
 * thousand lines would otherwise allocate a map entry and a boxed line number per line, and chase a pointer
 * to each on every probe.
 */
final class PaymentNumberIndex {

    private final List<? extends PaymentOrder> orders;
    /** 1-based line numbers; 0 marks a free slot. */
    private final int[] lines;
    /** The hash of the number at the same slot, compared before the strings themselves. */
    private final int[] hashes;
    private final int mask;
    private final int shift;

    PaymentNumberIndex(List<? extends PaymentOrder> orders) {
        this.orders = orders;
        // at least twice as many slots as lines, so that probe sequences stay short
        int slots = Integer.highestOneBit(Math.max(8, orders.size()) * 2 - 1) << 1;
        this.lines = new int[slots];
        this.hashes = new int[slots];
        this.mask = slots - 1;
        this.shift = Integer.numberOfLeadingZeros(mask);
    }

    /**
     * Records that {@code line} (1-based) carries its order's payment number; returns the earlier line that
     * already carries the same number, or 0 when the number is new.
     */
    int firstLineOf(int line) {
        String number = orders.get(line - 1).paymentNumber();
        int hash = number.hashCode();
        // Fibonacci hashing: the top bits of the product depend on every bit of the hash, and String hashes
        // of numbered references ("PAY-1000001", "PAY-1000002") differ mostly in their low bits
        int slot = (hash * 0x9E3779B9) >>> shift;
        while (lines[slot] != 0) {
            if (hashes[slot] == hash && orders.get(lines[slot] - 1).paymentNumber().equals(number)) {
                return lines[slot];
            }
            slot = (slot + 1) & mask;
        }
        lines[slot] = line;
        hashes[slot] = hash;
        return 0;
    }
}
