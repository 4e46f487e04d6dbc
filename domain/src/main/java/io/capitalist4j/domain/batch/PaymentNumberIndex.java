package io.capitalist4j.domain.batch;

import io.capitalist4j.domain.payment.PaymentNumbers;
import io.capitalist4j.domain.payment.PaymentOrder;
import java.util.List;

/**
 * The first line of each payment number in a list of orders, to find numbers used twice: the same text, or the
 * same {@link PaymentNumbers#canonical canonical} text ({@code "twin-1"} and {@code "ＴＷＩＮ-1"}). An
 * open-addressing table of line numbers and hashes rather than a {@code HashMap<String, Integer>}: a batch of a
 * hundred thousand lines would otherwise allocate a map entry and a boxed line number per line, and chase a
 * pointer to each on every probe. For the same reason an ASCII number, whose canonical text is its lower case,
 * is hashed and compared in lower case as it stands; only other numbers keep a canonical copy.
 */
final class PaymentNumberIndex {

    private final List<? extends PaymentOrder> orders;
    /** 1-based line numbers; 0 marks a free slot. */
    private final int[] lines;
    /** The hash of the canonical number at the same slot, compared before the strings themselves. */
    private final int[] hashes;
    /** The canonical number of a line (0-based) that is not ASCII; null for an ASCII one. */
    private final String[] keys;
    private final int mask;
    private final int shift;

    PaymentNumberIndex(List<? extends PaymentOrder> orders) {
        this.orders = orders;
        // at least twice as many slots as lines, so that probe sequences stay short
        int slots = Integer.highestOneBit(Math.max(8, orders.size()) * 2 - 1) << 1;
        this.lines = new int[slots];
        this.hashes = new int[slots];
        this.keys = new String[orders.size()];
        this.mask = slots - 1;
        this.shift = Integer.numberOfLeadingZeros(mask);
    }

    /**
     * Records that {@code line} (1-based) carries its order's payment number; returns the earlier line that
     * already carries the same number (exactly or canonically), or 0 when the number is new.
     */
    int firstLineOf(int line) {
        String number = orders.get(line - 1).paymentNumber();
        String key = ascii(number) ? null : PaymentNumbers.canonical(number);
        int hash = key == null ? lowerCaseHash(number) : key.hashCode();
        // Fibonacci hashing: the top bits of the product depend on every bit of the hash, and String hashes
        // of numbered references ("PAY-1000001", "PAY-1000002") differ mostly in their low bits
        int slot = (hash * 0x9E3779B9) >>> shift;
        while (lines[slot] != 0) {
            if (hashes[slot] == hash && sameKey(number, key, lines[slot])) {
                return lines[slot];
            }
            slot = (slot + 1) & mask;
        }
        lines[slot] = line;
        hashes[slot] = hash;
        keys[line - 1] = key;
        return 0;
    }

    /** Whether {@code number} (canonical {@code key}, null when ASCII) and the number of {@code other} agree. */
    private boolean sameKey(String number, String key, int other) {
        String otherKey = keys[other - 1];
        if (key != null && otherKey != null) {
            return key.equals(otherKey);
        }
        if (key != null) {
            return lowerCaseEquals(orders.get(other - 1).paymentNumber(), key);
        }
        return lowerCaseEquals(number, otherKey != null ? otherKey : orders.get(other - 1).paymentNumber());
    }

    /** Whether the lower case of ASCII {@code ascii} is {@code text} lower-cased as ASCII (which is all a key is). */
    private static boolean lowerCaseEquals(String ascii, String text) {
        int n = ascii.length();
        if (text.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (lower(ascii.charAt(i)) != lower(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code String.hashCode} of the lower case, without making it. */
    private static int lowerCaseHash(String ascii) {
        int h = 0;
        for (int i = 0, n = ascii.length(); i < n; i++) {
            h = 31 * h + lower(ascii.charAt(i));
        }
        return h;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean ascii(String number) {
        for (int i = 0, n = number.length(); i < n; i++) {
            if (number.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
